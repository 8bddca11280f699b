// Every exported Mermaid block parses with mermaid.js 11 (the renderer GitHub and GitLab use), and
// the labels mermaid.js reads back are the design's labels, whatever they hold. The test installs
// mermaid and jsdom with `npm ci` (tests/mermaid/package-lock.json) into a folder of the build
// tree.
#include "testutil.h"

#include "export/markdownexport.h"
#include "export/markdowntext.h"
#include "export/mermaid.h"
#include "io/designreader.h"
#include "model/catalog.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace mlsd;
using namespace Qt::StringLiterals;

namespace {

/// The text mermaid.js gives back for a label: our escaping undone, lines trimmed like Mermaid.
QString readBack(const QString &text)
{
    QString t = md::cleanText(text).trimmed();
    t.replace(u'\t', u' ');
    return t;
}

QString nodeText(const Component &c)
{
    const QString type = Catalog::builtin().displayName(c.type);
    const QString label = c.label.trimmed();
    return label.isEmpty() || label == type ? type : readBack(c.label) + u'\n' + type;
}

Design keywordDesign()
{
    // Mermaid keywords and syntax as ids, labels, zone titles and edge labels.
    const QStringList words = {u"end"_s,        u"graph"_s,
                               u"subgraph"_s,   u"flowchart"_s,
                               u"style"_s,      u"classDef"_s,
                               u"class"_s,      u"click"_s,
                               u"linkStyle"_s,  u"direction"_s,
                               u"call"_s,       u"href"_s,
                               u"default"_s,    u"TB"_s,
                               u"LR"_s,         u"o"_s,
                               u"x"_s,          u"A-->B"_s,
                               u"A---oB"_s,     u"A-.->B"_s,
                               u"A==>B"_s,      u"A@{ shape: rect }"_s,
                               u"%% comment"_s, u"---\ntitle: x\n---"_s,
                               u"<br/>"_s,      u"&nbsp;"_s,
                               u"#35;"_s,       u"\"\""_s,
                               u"``"_s,         u"\"`md`\""_s};
    Design d;
    Zone z;
    z.id = u"end"_s;
    z.label = u"end"_s;
    z.kind = u"online"_s;
    d.appendZone(z);
    for (qsizetype i = 0; i < words.size(); ++i) {
        Component c;
        c.id = i == 0 ? u"end"_s : u"k%1"_s.arg(i);
        c.type = i % 2 ? u"ranking"_s : u"no_such_type"_s;
        c.label = words.at(i);
        c.x = double(i) * 200;
        if (i % 3 == 0)
            c.zone = u"end"_s;
        d.appendComponent(c);
        if (i > 0) {
            Connection e;
            e.id = u"e%1"_s.arg(i);
            e.from = d.components().at(i - 1).id;
            e.to = c.id;
            e.label = words.at(words.size() - 1 - i);
            e.kind = ConnectionKind(i % 4);
            d.appendConnection(e);
        }
    }
    return d;
}

Design randomDesign(quint32 seed)
{
    // Labels drawn from every ASCII character plus line breaks and non-ASCII text.
    QRandomGenerator rng(seed);
    QString alphabet;
    for (char16_t c = 0x20; c < 0x7f; ++c)
        alphabet += QChar(c);
    alphabet += u"\n\n\t\u00e9\u00fc\u05e9\u0645\u4e2d\u2014\u2028"_s;
    auto text = [&](int maxLength) {
        QString s;
        const int n = rng.bounded(1, maxLength);
        for (int i = 0; i < n; ++i)
            s += alphabet.at(rng.bounded(int(alphabet.size())));
        if (rng.bounded(8) == 0)
            s += u"😀"_s;
        return s;
    };
    Design d;
    for (int z = 0; z < 3; ++z) {
        Zone zone;
        zone.id = u"z%1"_s.arg(z);
        zone.label = text(20);
        d.appendZone(zone);
    }
    const QStringList types = {u"ranking"_s, u"client"_s, u"feature_store"_s, u"filtering"_s};
    for (int i = 0; i < 80; ++i) {
        Component c;
        c.id = u"c%1"_s.arg(i);
        c.type = types.at(i % types.size());
        c.label = text(40);
        c.zone = i % 4 == 3 ? QString() : u"z%1"_s.arg(i % 4);
        d.appendComponent(c);
    }
    for (int i = 0; i < 120; ++i) {
        Connection e;
        e.id = u"e%1"_s.arg(i);
        e.from = u"c%1"_s.arg(rng.bounded(80));
        e.to = u"c%1"_s.arg(rng.bounded(80));
        e.label = rng.bounded(3) ? text(24) : QString();
        e.kind = ConnectionKind(rng.bounded(4));
        d.appendConnection(e);
    }
    return d;
}

/// 400 components in 5 zones (the first titled "end") and \a edges connections.
Design bigDesign(int edges)
{
    Design d;
    for (int z = 0; z < 5; ++z) {
        Zone zone;
        zone.id = u"z%1"_s.arg(z);
        zone.label = z == 0 ? u"end"_s : u"Zone %1"_s.arg(z);
        d.appendZone(zone);
    }
    for (int i = 0; i < 400; ++i) {
        Component c;
        c.id = u"c%1"_s.arg(i);
        c.type = u"ranking"_s;
        c.label = u"Stage %1"_s.arg(i);
        c.zone = u"z%1"_s.arg(i % 5);
        d.appendComponent(c);
    }
    for (int i = 0; i < edges; ++i) {
        Connection e;
        e.id = u"e%1"_s.arg(i);
        e.from = u"c%1"_s.arg(i % 400);
        e.to = u"c%1"_s.arg((i * 13 + 7) % 400);
        d.appendConnection(e);
    }
    return d;
}

struct Exported
{
    QString name;
    QString file;
    Design design;
    MermaidChart::Scope scope;
};

} // namespace

class TestExportMermaid : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyExportParses();

private:
    void add(const QString &name, const Design &design);

    QString m_node;
    QString m_tool; ///< the folder holding check.mjs and node_modules
    QTemporaryDir m_out;
    QList<Exported> m_exports;
};

void TestExportMermaid::initTestCase()
{
    m_node = QStandardPaths::findExecutable(u"node"_s);
    const QString npm = QStandardPaths::findExecutable(u"npm"_s);
    if (m_node.isEmpty() || npm.isEmpty())
        QFAIL("node and npm are required: this test parses the exported Mermaid with mermaid.js as "
              "GitHub does (install Node.js 18+ and npm, e.g. apt-get install nodejs npm)");
    QVERIFY(m_out.isValid());

    // Install mermaid and jsdom from the lock file, once per lock file change.
    m_tool = QDir(QCoreApplication::applicationDirPath()).filePath(u"mermaid-node"_s);
    QVERIFY(QDir().mkpath(m_tool));
    for (const QString &name : {u"package.json"_s, u"package-lock.json"_s, u"check.mjs"_s}) {
        const QByteArray data = test::readFile(test::sourcePath(u"tests/mermaid/"_s + name));
        QVERIFY2(!data.isEmpty(), qPrintable(u"tests/mermaid/"_s + name + u" is missing"_s));
        QVERIFY(test::writeFile(QDir(m_tool).filePath(name), data));
    }
    const QByteArray lock = test::readFile(QDir(m_tool).filePath(u"package-lock.json"_s));
    const QByteArray stamp = QCryptographicHash::hash(lock, QCryptographicHash::Sha256).toHex();
    const QString stampFile = QDir(m_tool).filePath(u"node_modules/.mlsd-lock-sha256"_s);
    if (test::readFile(stampFile) != stamp) {
        QProcess p;
        p.setWorkingDirectory(m_tool);
        p.setStandardInputFile(QProcess::nullDevice());
        p.start(npm, {u"ci"_s, u"--no-audit"_s, u"--no-fund"_s, u"--loglevel=error"_s});
        QVERIFY2(p.waitForFinished(600'000), "npm ci did not finish within 10 minutes");
        QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0,
                 qPrintable(u"npm ci failed in "_s + m_tool + u":\n"_s
                            + QString::fromUtf8(p.readAllStandardError())));
        QVERIFY(test::writeFile(stampFile, stamp));
    }

    const QDir data(test::sourcePath(u"tests/data"_s));
    QStringList files;
    for (const QString &dir : data.entryList({u"export-*"_s}, QDir::Dirs, QDir::Name))
        files << data.filePath(dir + u"/design.mlsd"_s);
    const QDir examples(test::sourcePath(u"resources/examples"_s));
    for (const QString &file : examples.entryList({u"*.mlsd"_s}, QDir::Files, QDir::Name))
        files << examples.filePath(file);
    for (const QString &file : std::as_const(files)) {
        const LoadResult result = loadDesignFile(file, &Catalog::builtin());
        QVERIFY2(result.ok(), qPrintable(result.message()));
        add(QFileInfo(file).dir().dirName() + u'-' + QFileInfo(file).completeBaseName(),
            *result.design);
    }
    add(u"keywords"_s, keywordDesign());
    for (quint32 seed = 1; seed <= 5; ++seed)
        add(u"random-%1"_s.arg(seed), randomDesign(seed));
    // Mermaid draws at most 500 edges: 500 is a full chart, 501 and more a chart of zones.
    add(u"edges-500"_s, bigDesign(500));
    add(u"edges-501"_s, bigDesign(501));
    add(u"edges-800"_s, bigDesign(800));
}

void TestExportMermaid::add(const QString &name, const Design &design)
{
    const QString file = m_out.filePath(name + u".md"_s);
    QVERIFY(test::writeFile(file, exportMarkdown(design, Catalog::builtin(), nullptr).toUtf8()));
    m_exports << Exported{name, file, design, mermaidChart(design, Catalog::builtin()).scope};
}

void TestExportMermaid::everyExportParses()
{
    QVERIFY(!m_exports.isEmpty());
    QStringList args{QDir(m_tool).filePath(u"check.mjs"_s)};
    for (const Exported &e : std::as_const(m_exports))
        args << e.file;
    QProcess p;
    p.setWorkingDirectory(m_tool);
    p.setStandardInputFile(QProcess::nullDevice());
    p.start(m_node, args);
    QVERIFY2(p.waitForFinished(300'000), "mermaid check did not finish within 5 minutes");
    const QByteArray out = p.readAllStandardOutput();
    const QString errors = QString::fromUtf8(p.readAllStandardError());

    QHash<QString, QJsonObject> byFile;
    for (const QByteArray &line : out.split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        QVERIFY2(!o.isEmpty(), line.constData());
        QVERIFY2(o.value(u"ok"_s).toBool(), qPrintable(o.value(u"file"_s).toString() + u": "_s
                                                       + o.value(u"error"_s).toString()));
        QVERIFY2(o.value(u"block"_s).toInt() == 1, "one mermaid block per export");
        byFile.insert(o.value(u"file"_s).toString(), o);
    }
    QVERIFY2(p.exitCode() == 0, qPrintable(errors));
    QCOMPARE(byFile.size(), m_exports.size());

    for (const Exported &e : std::as_const(m_exports)) {
        const QJsonObject o = byFile.value(e.file);
        QCOMPARE(o.value(u"type"_s).toString(), u"flowchart-v2"_s);
        QVERIFY(o.value(u"length"_s).toInt() < mermaidlimits::maxTextSize);
        if (e.scope != MermaidChart::Scope::Full) {
            QVERIFY2(e.name == u"edges-501"_s || e.name == u"edges-800"_s, qPrintable(e.name));
            QCOMPARE(e.scope, MermaidChart::Scope::Zones);
            QCOMPARE(o.value(u"nodes"_s).toObject().value(u"z0"_s).toString(),
                     u"end\n80 components"_s);
            continue;
        }
        QVERIFY2(e.name != u"edges-501"_s && e.name != u"edges-800"_s, qPrintable(e.name));
        // mermaid.js reads back exactly the labels of the design.
        const QJsonObject nodes = o.value(u"nodes"_s).toObject();
        const auto &components = e.design.components();
        for (qsizetype i = 0; i < components.size(); ++i) {
            QCOMPARE(nodes.value(u"n%1"_s.arg(i)).toString(), nodeText(components.at(i)));
        }
        const QJsonArray edges = o.value(u"edges"_s).toArray();
        QCOMPARE(edges.size(), e.design.connections().size());
        for (qsizetype i = 0; i < edges.size(); ++i) {
            const Connection &c = e.design.connections().at(i);
            const QJsonArray edge = edges.at(i).toArray();
            QCOMPARE(edge.at(0).toString(), u"n%1"_s.arg(e.design.componentIndex(c.from)));
            QCOMPARE(edge.at(1).toString(), u"n%1"_s.arg(e.design.componentIndex(c.to)));
            QCOMPARE(edge.at(2).toString(), readBack(c.label));
        }
        const QJsonObject subgraphs = o.value(u"subgraphs"_s).toObject();
        for (auto it = subgraphs.begin(); it != subgraphs.end(); ++it) {
            const int z = it.key().mid(1).toInt();
            QVERIFY(z < e.design.zones().size());
            const Zone &zone = e.design.zones().at(z);
            QCOMPARE(it.value().toString(), zone.label.trimmed().isEmpty()
                                                ? schema::titleOf(schema::zoneKinds(), zone.kind)
                                                : readBack(zone.label));
        }
    }
}

QTEST_MAIN(TestExportMermaid)
#include "tst_export_mermaid.moc"
