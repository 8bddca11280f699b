#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace mlsd::ui {

/*!
 * Markdown rendered for the in-app previews (component notes, brief): the app's own cmark-gfm
 * renderer, in the HTML subset Qt's RichText shows. User HTML never passes through.
 */
class MarkdownPreview : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit MarkdownPreview(QObject *parent = nullptr)
        : QObject(parent)
    {}

    /// \a markdown as RichText HTML (tables, strikethrough, task lists, autolinks).
    Q_INVOKABLE [[nodiscard]] static QString toRichText(const QString &markdown);
};

} // namespace mlsd::ui
