#include "practice/questionbank.h"

#include "io/jsonsource.h"
#include "io/schema.h"

#include <QFile>
#include <QSet>

#include <cstdio>

namespace mlsd {

using namespace Qt::StringLiterals;
using json = nlohmann::json;

const QuestionBank &QuestionBank::builtin()
{
    static const QuestionBank bank = [] {
        QuestionBank b;
        const QString path = u":/mlsd/questions.json"_s;
        QFile f(path);
        Diagnostics errors;
        if (!f.open(QIODevice::ReadOnly) || !b.load(f.readAll(), path, &errors))
            std::fprintf(stderr, "%s: cannot load the question bank\n%s\n", qPrintable(path),
                         qPrintable(toString(errors)));
        return b;
    }();
    return bank;
}

bool QuestionBank::load(const QByteArray &data, const QString &file, Diagnostics *errors)
{
    Diagnostic parseError;
    const auto root = parseJson(data, file, &parseError, JsonLimits{8 * 1024 * 1024, 16});
    if (!root) {
        *errors << parseError;
        return false;
    }
    const qsizetype before = errors->size();
    auto fail = [&](const QString &ptr, const QString &message) {
        *errors << Diagnostic::error(file, ptr, message);
    };
    if (!root->is_object() || root->value("format", std::string()) != "mlsd-questions") {
        fail({}, u"expected an object with \"format\": \"mlsd-questions\""_s);
        return false;
    }
    const auto list = root->find("questions");
    if (list == root->end() || !list->is_array()) {
        fail(u"/questions"_s, u"expected an array of questions"_s);
        return false;
    }
    QList<Question> loaded;
    QSet<QString> ids;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const json &q = (*list)[i];
        const QString ptr = u"/questions/"_s + QString::number(i);
        if (!q.is_object()) {
            fail(ptr, u"expected an object"_s);
            continue;
        }
        auto text = [&](const char *key, bool required) -> QString {
            const auto it = q.find(key);
            if (it == q.end()) {
                if (required)
                    fail(ptr, u"missing \"%1\""_s.arg(QLatin1StringView(key)));
                return {};
            }
            if (!it->is_string() || it->get_ref<const std::string &>().empty()) {
                fail(ptr + u'/' + QLatin1StringView(key), u"expected a non-empty string"_s);
                return {};
            }
            return toQString(*it);
        };
        auto texts = [&](const char *key) -> QStringList {
            QStringList out;
            const auto it = q.find(key);
            const QString p = ptr + u'/' + QLatin1StringView(key);
            if (it == q.end() || !it->is_array() || it->empty()) {
                fail(p, u"expected a non-empty array of strings"_s);
                return out;
            }
            for (std::size_t j = 0; j < it->size(); ++j) {
                if (!(*it)[j].is_string())
                    fail(p + u'/' + QString::number(j), u"expected a string"_s);
                else
                    out << toQString((*it)[j]);
            }
            return out;
        };
        Question question;
        question.id = text("id", true);
        question.title = text("title", true);
        question.prompt = text("prompt", true);
        question.templateId = text("template", true);
        question.guide = text("guide", true);
        question.clarifyingQuestions = texts("clarifying_questions");
        question.followUps = texts("follow_ups");
        if (!question.id.isEmpty() && !schema::isValidId(question.id))
            fail(ptr + u"/id"_s, u"invalid id \"%1\""_s.arg(question.id));
        else if (ids.contains(question.id))
            fail(ptr + u"/id"_s, u"duplicate question id \"%1\""_s.arg(question.id));
        ids.insert(question.id);
        loaded << question;
    }
    if (errors->size() != before)
        return false;
    m_questions = loaded;
    return true;
}

const Question *QuestionBank::find(const QString &id) const
{
    for (const Question &q : m_questions) {
        if (q.id == id)
            return &q;
    }
    return nullptr;
}

} // namespace mlsd
