#pragma once

#include "io/diagnostic.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace mlsd {

/// A practice question: a classic ML system design prompt and what a candidate should cover.
struct Question
{
    QString id;
    QString title;
    QString prompt;
    QString templateId; ///< the template the design is checked against
    QString guide;      ///< the guide section it comes from
    QStringList clarifyingQuestions;
    QStringList followUps;
};

/*!
 * The question bank (`resources/questions.json`, built into the binary as
 * `:/mlsd/questions.json`): data, validated on load with located errors.
 */
class QuestionBank
{
public:
    /// The built-in bank. A broken built-in file is a build bug, reported on stderr.
    [[nodiscard]] static const QuestionBank &builtin();

    /// Loads a bank from JSON text; \a file names it in errors.
    bool load(const QByteArray &data, const QString &file, Diagnostics *errors);

    [[nodiscard]] const QList<Question> &questions() const { return m_questions; }
    [[nodiscard]] const Question *find(const QString &id) const;

private:
    QList<Question> m_questions;
};

} // namespace mlsd
