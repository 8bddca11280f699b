#pragma once

#include "session/recoverystore.h"

#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <memory>

class QLockFile;

namespace mlsd {
class Document;
}

namespace mlsd::ui {

/*!
 * Writes the document to a recovery file a few seconds after the last change (debounced: a typing
 * burst costs one write, never one per keystroke). The design is copied on the GUI thread (cheap:
 * implicitly shared) and serialized and written on a worker thread. The recovery file goes away
 * when the document is saved, replaced (new, open) or closed cleanly; a crash leaves it for
 * RecoveryStore::orphans() to offer on the next start.
 */
class Autosave : public QObject
{
    Q_OBJECT

public:
    static constexpr int defaultDelayMs = 3000;

    /// Autosaves \a document into \a directory (created on the first write).
    Autosave(mlsd::Document *document, const QString &directory, QObject *parent = nullptr);
    /// Removes the recovery file: closing cleanly.
    ~Autosave() override;

    /// The delay after the last change before a write.
    void setDelay(int ms) { m_timer.setInterval(ms); }
    [[nodiscard]] int delay() const { return m_timer.interval(); }
    /// This session's entry id in the recovery folder.
    [[nodiscard]] QString id() const { return m_id; }
    [[nodiscard]] const RecoveryStore &store() const { return m_store; }
    /// True when a write is scheduled (a change is waiting for the delay).
    [[nodiscard]] bool isPending() const { return m_timer.isActive(); }
    /// Number of recovery writes done so far.
    [[nodiscard]] int writeCount() const { return m_writes; }

    /// Writes a pending change now and waits until every write has finished (tests, shutdown).
    void flush();

signals:
    /// A recovery write finished (\a ok false: \a error says why).
    void written(bool ok, const QString &error);

private:
    void schedule();
    void writeNow();
    void discard();
    bool ensureLock();

    mlsd::Document *m_document;
    RecoveryStore m_store;
    QString m_id;
    QTimer m_timer;
    QThreadPool m_pool; ///< one thread: writes and removals stay in order
    std::unique_ptr<QLockFile> m_lock;
    bool m_hasFile = false;
    int m_writes = 0;
};

} // namespace mlsd::ui
