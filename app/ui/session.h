#pragma once

#include "document.h"
#include "selection.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

namespace mlsd::ui {

/*!
 * The open design as QML sees it: file state, title and counts. Owns the Document. The app
 * creates one per window; QML tests create their own.
 */
class Session : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString title READ title NOTIFY titleChanged)
    Q_PROPERTY(QString filePath READ filePath NOTIFY filePathChanged)
    Q_PROPERTY(int componentCount READ componentCount NOTIFY countsChanged)
    Q_PROPERTY(int connectionCount READ connectionCount NOTIFY countsChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    Q_PROPERTY(mlsd::ui::Selection *selection READ selection CONSTANT)

public:
    explicit Session(QObject *parent = nullptr);

    /// The document, for C++ adapters and canvas items (QML never holds core pointers).
    [[nodiscard]] Document *document() { return &m_document; }
    [[nodiscard]] Selection *selection() { return &m_selection; }
    [[nodiscard]] QString title() const;
    [[nodiscard]] QString filePath() const { return m_document.filePath(); }
    [[nodiscard]] int componentCount() const { return int(m_document.design().components().size()); }
    [[nodiscard]] int connectionCount() const { return int(m_document.design().connections().size()); }
    [[nodiscard]] QString errorMessage() const { return m_errorMessage; }

    /// Opens \a path; on failure keeps the current design and sets errorMessage.
    Q_INVOKABLE bool open(const QString &path);

signals:
    void titleChanged();
    void filePathChanged();
    void countsChanged();
    void errorMessageChanged();

private:
    Document m_document;
    Selection m_selection{&m_document};
    QString m_errorMessage;
};

} // namespace mlsd::ui
