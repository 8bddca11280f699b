#pragma once

#include "check/checkreport.h"
#include "panels/findingsmodel.h"

#include <QAtomicInteger>
#include <QObject>
#include <QThreadPool>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace mlsd {
class Document;
}

namespace mlsd::ui {

/*!
 * Checks the design live. Each edit restarts a short debounce (150 ms); then a copy of the design
 * (cheap: implicitly shared) is checked on a worker thread, so typing and dragging never wait for
 * the checker. A result that an edit has overtaken is discarded. The report feeds `findings` and
 * the coverage and count properties.
 */
class CheckRunner : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("CheckRunner belongs to a Session")
    Q_PROPERTY(bool available READ isAvailable NOTIFY reportChanged)
    Q_PROPERTY(QString templateId READ templateId NOTIFY reportChanged)
    Q_PROPERTY(QString templateName READ templateName NOTIFY reportChanged)
    /// Required stages of the template, and how many the design has ("14 of 16 stages").
    Q_PROPERTY(int required READ required NOTIFY reportChanged)
    Q_PROPERTY(int present READ present NOTIFY reportChanged)
    Q_PROPERTY(int errors READ errors NOTIFY reportChanged)
    Q_PROPERTY(int warnings READ warnings NOTIFY reportChanged)
    Q_PROPERTY(int infos READ infos NOTIFY reportChanged)
    /// The template's stages as {stage, name, required, present, count} maps, in flow order.
    Q_PROPERTY(QVariantList stages READ stages NOTIFY reportChanged)
    Q_PROPERTY(mlsd::ui::FindingsModel *findings READ findings CONSTANT)
    /// True from an edit until its report arrives.
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    /// How long the last check took on the worker, in milliseconds.
    Q_PROPERTY(double lastDurationMs READ lastDurationMs NOTIFY reportChanged)

public:
    /// Checks a design; runs on a worker thread, so it must not touch shared state.
    using CheckFunction = std::function<mlsd::Report(const mlsd::Design &)>;

    static constexpr int debounceMs = 150;

    explicit CheckRunner(mlsd::Document *document, QObject *parent = nullptr);
    ~CheckRunner() override;

    /// Replaces the check (tests inject their own; the default checks the design's template).
    void setCheckFunction(CheckFunction function);

    [[nodiscard]] const mlsd::Report &report() const { return m_report; }
    [[nodiscard]] bool isAvailable() const { return !m_report.templateId.isEmpty(); }
    [[nodiscard]] QString templateId() const { return m_report.templateId; }
    [[nodiscard]] QString templateName() const { return m_report.templateName; }
    [[nodiscard]] int required() const { return m_report.required; }
    [[nodiscard]] int present() const { return m_report.present; }
    [[nodiscard]] int errors() const { return m_report.errors; }
    [[nodiscard]] int warnings() const { return m_report.warnings; }
    [[nodiscard]] int infos() const { return m_report.infos; }
    [[nodiscard]] QVariantList stages() const;
    [[nodiscard]] FindingsModel *findings() { return &m_findings; }
    [[nodiscard]] bool isBusy() const { return m_busy; }
    [[nodiscard]] double lastDurationMs() const { return m_lastDurationMs; }
    /// Checks started so far (stale ones included).
    [[nodiscard]] int runCount() const { return m_runs; }

    /// Schedules a check after the debounce.
    Q_INVOKABLE void schedule();
    /// Starts a check now (skipping the debounce).
    Q_INVOKABLE void checkNow();

    /// Applies the fix of the finding in \a row as one undo step; false when it has none.
    Q_INVOKABLE bool applyFix(int row);
    /// Suppresses the rule of the finding in \a row, with \a reason (an undoable edit).
    Q_INVOKABLE void suppress(int row, const QString &reason);
    /// Lifts the suppression of the finding's rule.
    Q_INVOKABLE void unsuppress(int row);
    /// Component ids of the finding in \a row.
    Q_INVOKABLE [[nodiscard]] QStringList componentsAt(int row) const;

signals:
    void reportChanged();
    void busyChanged();

private:
    void deliver(int generation, const mlsd::Report &report, double ms);
    void setBusy(bool busy);

    mlsd::Document *m_document;
    CheckFunction m_check;
    QTimer m_debounce;
    QThreadPool m_pool;
    QAtomicInteger<int> m_generation{0};
    mlsd::Report m_report;
    FindingsModel m_findings;
    bool m_busy = false;
    double m_lastDurationMs = 0;
    int m_runs = 0;
};

} // namespace mlsd::ui
