#include "session/autosave.h"

#include "io/designwriter.h"
#include "model/document.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QUuid>

namespace mlsd::ui {

using namespace Qt::StringLiterals;

Autosave::Autosave(mlsd::Document *document, const QString &directory, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_store(directory)
    , m_id(QUuid::createUuid().toString(QUuid::WithoutBraces).left(13))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(defaultDelayMs);
    m_pool.setMaxThreadCount(1);
    connect(&m_timer, &QTimer::timeout, this, &Autosave::writeNow);
    connect(document, &Document::contentChanged, this, &Autosave::schedule);
    connect(document, &Document::modifiedChanged, this, [this](bool modified) {
        if (modified)
            schedule(); // e.g. a restored recovery file, modified without an edit
        else
            discard(); // saved, or undone back to the saved state
    });
    connect(document, &Document::designReset, this, &Autosave::discard);
}

Autosave::~Autosave()
{
    m_timer.stop();
    discard();
    m_pool.waitForDone();
}

void Autosave::schedule()
{
    if (m_document->isModified())
        m_timer.start(); // restarts: the write happens after the last change of a burst
}

bool Autosave::ensureLock()
{
    if (m_lock)
        return true;
    if (!QDir().mkpath(m_store.directory()))
        return false;
    auto lock = std::make_unique<QLockFile>(m_store.lockPath(m_id));
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0))
        return false;
    m_lock = std::move(lock);
    return true;
}

void Autosave::writeNow()
{
    m_timer.stop();
    if (!m_document->isModified())
        return;
    if (!ensureLock()) {
        emit written(false, tr("Cannot create the recovery folder %1.").arg(m_store.directory()));
        return;
    }
    m_hasFile = true;
    ++m_writes;
    const Design design = m_document->design(); // implicitly shared: a cheap copy
    QJsonObject meta{{u"original"_s, m_document->filePath()},
                     {u"title"_s, design.title},
                     {u"saved"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                     {u"pid"_s, QCoreApplication::applicationPid()}};
    const QString designPath = m_store.designPath(m_id);
    const QString metaPath = m_store.metaPath(m_id);
    m_pool.start([this, design, meta, designPath, metaPath] {
        SaveResult r = writeFileAtomically(designPath, serializeDesign(design), false);
        if (r.ok)
            r = writeFileAtomically(metaPath, QJsonDocument(meta).toJson(), false);
        // The object outlives the task (the destructor waits for the pool).
        QMetaObject::invokeMethod(
            this, [this, r] { emit written(r.ok, r.error); }, Qt::QueuedConnection);
    });
}

void Autosave::discard()
{
    m_timer.stop();
    if (!m_hasFile)
        return;
    m_hasFile = false;
    const QString designPath = m_store.designPath(m_id);
    const QString metaPath = m_store.metaPath(m_id);
    // Queued behind any write still running, so that write cannot bring the file back.
    m_pool.start([designPath, metaPath] {
        QFile::remove(designPath);
        QFile::remove(metaPath);
    });
    m_pool.waitForDone();
    m_lock.reset(); // unlocks and removes the lock file
}

void Autosave::flush()
{
    if (m_timer.isActive())
        writeNow();
    m_pool.waitForDone();
}

} // namespace mlsd::ui
