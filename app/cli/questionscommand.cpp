#include "clicommon.h"
#include "practice/questionbank.h"
#include "verbs.h"

namespace mlsd::cli {

using namespace Qt::StringLiterals;

namespace {

int runQuestions(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"List the practice questions, or show one with its clarifying questions and follow-ups."_s);
    parser.addPositionalArgument(u"ID"_s, u"A question id to show in full."_s, u"[ID]"_s);
    if (!parseArgs(parser, u"questions"_s, args))
        return ExitBadInput;
    const QuestionBank &bank = QuestionBank::builtin();
    const QStringList ids = parser.positionalArguments();
    if (ids.size() > 1) {
        err(u"usage: mlsdboard questions [ID]\n"_s);
        return ExitBadInput;
    }
    if (ids.isEmpty()) {
        QString text;
        for (const Question &q : bank.questions())
            text += u"%1 %2 %3\n"_s.arg(q.id, -22).arg(q.templateId, -20).arg(q.title);
        text += u"%1 questions. Show one with: mlsdboard questions ID\n"_s.arg(
            bank.questions().size());
        out(text);
        return ExitOk;
    }
    const Question *q = bank.find(ids.front());
    if (!q) {
        err(u"mlsdboard questions: no question has the id \"%1\" (run 'mlsdboard questions' for the list)\n"_s
                .arg(ids.front()));
        return ExitBadInput;
    }
    QString text = q->title + u"\n\n"_s + q->prompt
                   + u"\n\nTemplate: %1\nGuide: %2\n\nClarifying questions:\n"_s.arg(q->templateId,
                                                                                     q->guide);
    for (const QString &c : q->clarifyingQuestions)
        text += u"  - "_s + c + u'\n';
    text += u"\nFollow-ups:\n"_s;
    for (const QString &f : q->followUps)
        text += u"  - "_s + f + u'\n';
    out(text);
    return ExitOk;
}

const VerbRegistration registration({"questions", runQuestions, false, "questions [ID]",
                                     "list the practice questions (or show one)", 82});

} // namespace

} // namespace mlsd::cli
