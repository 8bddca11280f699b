#pragma once

#include "panels/annotationmodel.h"
#include "session/connections.h"
#include "session/session.h"

#include <QColor>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace mlsd::ui {

/*!
 * The inspector's view of one component: its label, type, zone, annotations and notes, read from
 * the session's document and edited through it (each edit an undo step; typing merges until
 * sealMerge()). Follows the document: an undo shows at once, a removed component turns invalid.
 */
class ComponentInspector : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(mlsd::ui::Session *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString componentId READ componentId WRITE setComponentId NOTIFY componentIdChanged)
    /// True when the component exists.
    Q_PROPERTY(QString label READ label NOTIFY labelChanged)
    Q_PROPERTY(QString type READ type NOTIFY typeChanged)
    Q_PROPERTY(QString typeName READ typeName NOTIFY typeChanged)
    Q_PROPERTY(QString typeDescription READ typeDescription NOTIFY typeChanged)
    Q_PROPERTY(QString guide READ guide NOTIFY typeChanged)
    Q_PROPERTY(QUrl icon READ icon NOTIFY typeChanged)
    Q_PROPERTY(QColor color READ color NOTIFY typeChanged)
    Q_PROPERTY(QString zone READ zone NOTIFY zoneChanged)
    Q_PROPERTY(QString notes READ notes NOTIFY notesChanged)
    /// The zones of the design as {id, label} maps, "No zone" (id "") first.
    Q_PROPERTY(QVariantList zoneOptions READ zoneOptions NOTIFY zoneOptionsChanged)
    Q_PROPERTY(mlsd::ui::AnnotationModel *annotations READ annotations NOTIFY sessionChanged)
    /// Annotations of the vocabulary not listed, as {key, title} maps.
    Q_PROPERTY(QVariantList otherAnnotations READ otherAnnotations NOTIFY otherAnnotationsChanged)

public:
    explicit ComponentInspector(QObject *parent = nullptr);
    ~ComponentInspector() override;

    [[nodiscard]] Session *session() const { return m_session; }
    void setSession(Session *session);
    [[nodiscard]] QString componentId() const { return m_id; }
    void setComponentId(const QString &id);

    [[nodiscard]] bool isValid() const;
    [[nodiscard]] QString label() const;
    [[nodiscard]] QString type() const;
    [[nodiscard]] QString typeName() const;
    [[nodiscard]] QString typeDescription() const;
    [[nodiscard]] QString guide() const;
    [[nodiscard]] QUrl icon() const;
    [[nodiscard]] QColor color() const;
    [[nodiscard]] QString zone() const;
    [[nodiscard]] QString notes() const;
    [[nodiscard]] QVariantList zoneOptions() const;
    [[nodiscard]] AnnotationModel *annotations() const { return m_annotations.get(); }
    [[nodiscard]] QVariantList otherAnnotations() const;

    Q_INVOKABLE void setLabel(const QString &label);
    Q_INVOKABLE void setType(const QString &type);
    Q_INVOKABLE void setZone(const QString &zone);
    Q_INVOKABLE void setNotes(const QString &notes);
    Q_INVOKABLE void setAnnotation(const QString &key, const QString &value);
    /// Lists annotation \a key (from otherAnnotations) so it can be filled.
    Q_INVOKABLE void addAnnotation(const QString &key);
    /// Ends a typing burst (call on editingFinished).
    Q_INVOKABLE void sealMerge();

signals:
    void sessionChanged();
    void componentIdChanged();
    void componentChanged();
    void labelChanged();
    void typeChanged();
    void zoneChanged();
    void notesChanged();
    void zoneOptionsChanged();
    void otherAnnotationsChanged();

private:
    void attach();
    void refresh();
    [[nodiscard]] mlsd::Document *document() const;
    [[nodiscard]] QStringList templateKeys() const;

    QPointer<Session> m_session;
    QString m_id;
    std::unique_ptr<AnnotationModel> m_annotations;
    Connections m_connections;
};

} // namespace mlsd::ui
