// The spatial index answers like a brute-force scan, on random data and on the edge cases.
#include "geometry/spatialindex.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace mlsd;
using namespace Qt::StringLiterals;

namespace {

bool closedOverlap(const QRectF &a, const QRectF &b)
{
    return a.left() <= b.right() && b.left() <= a.right() && a.top() <= b.bottom()
           && b.top() <= a.bottom();
}

QSet<QString> bruteForce(const QHash<QString, QRectF> &items, const QRectF &q)
{
    QSet<QString> out;
    for (auto it = items.cbegin(); it != items.cend(); ++it) {
        if (closedOverlap(it.value(), q))
            out.insert(it.key());
    }
    return out;
}

QSet<QString> asSet(const QList<QString> &list)
{
    return QSet<QString>(list.cbegin(), list.cend());
}

QRectF randomRect(QRandomGenerator &rng, double extent, double maxSize)
{
    const double x = rng.bounded(2 * extent) - extent;
    const double y = rng.bounded(2 * extent) - extent;
    return {x, y, rng.bounded(maxSize), rng.bounded(maxSize)};
}

} // namespace

class TestSpatialIndex : public QObject
{
    Q_OBJECT

private slots:
    void matchesBruteForce_data()
    {
        QTest::addColumn<int>("items");
        QTest::addColumn<double>("cellSize");
        QTest::addColumn<double>("maxSize");
        QTest::addColumn<quint32>("seed");
        QTest::newRow("few small") << 50 << 256.0 << 200.0 << 1u;
        QTest::newRow("many small") << 3000 << 256.0 << 200.0 << 2u;
        QTest::newRow("huge items (side list)") << 400 << 64.0 << 4000.0 << 3u;
        QTest::newRow("tiny cells") << 500 << 8.0 << 100.0 << 4u;
    }

    void matchesBruteForce()
    {
        QFETCH(int, items);
        QFETCH(double, cellSize);
        QFETCH(double, maxSize);
        QFETCH(quint32, seed);
        QRandomGenerator rng(seed);
        SpatialIndex index(cellSize);
        QHash<QString, QRectF> truth;
        for (int i = 0; i < items; ++i) {
            const QString id = u"c%1"_s.arg(i);
            const QRectF r = randomRect(rng, 5000, maxSize);
            index.insert(id, r);
            truth.insert(id, r);
        }
        // Move a third, remove a tenth.
        for (int i = 0; i < items; i += 3) {
            const QString id = u"c%1"_s.arg(i);
            const QRectF r = randomRect(rng, 5000, maxSize);
            index.insert(id, r);
            truth.insert(id, r);
        }
        for (int i = 1; i < items; i += 10) {
            index.remove(u"c%1"_s.arg(i));
            truth.remove(u"c%1"_s.arg(i));
        }
        QCOMPARE(index.size(), truth.size());
        for (int q = 0; q < 200; ++q) {
            const QRectF query = randomRect(rng, 6000, q % 10 == 0 ? 12000 : 1500);
            const QList<QString> got = index.query(query);
            QCOMPARE(got.size(), asSet(got).size()); // each id once
            QCOMPARE(asSet(got), bruteForce(truth, query));
        }
        for (int q = 0; q < 200; ++q) {
            const QPointF p(rng.bounded(10000.0) - 5000, rng.bounded(10000.0) - 5000);
            QCOMPARE(asSet(index.queryPoint(p, 4)),
                     bruteForce(truth, QRectF(p.x() - 4, p.y() - 4, 8, 8)));
        }
    }

    void bordersAndPointsAreInclusive()
    {
        SpatialIndex index(100);
        index.insert(u"a"_s, QRectF(0, 0, 100, 50));
        QCOMPARE(index.queryPoint(QPointF(100, 50)), QList<QString>{u"a"_s});
        QCOMPARE(index.queryPoint(QPointF(0, 0)), QList<QString>{u"a"_s});
        QVERIFY(index.queryPoint(QPointF(100.5, 50)).isEmpty());
        QCOMPARE(index.query(QRectF(-10, -10, 10, 10)), QList<QString>{u"a"_s});
        // A negative-size rectangle is normalized.
        index.insert(u"b"_s, QRectF(300, 300, -50, -50));
        QCOMPARE(index.rect(u"b"_s), QRectF(250, 250, 50, 50));
        QCOMPARE(index.queryPoint(QPointF(260, 260)), QList<QString>{u"b"_s});
    }

    void moveRemoveAndReuse()
    {
        SpatialIndex index(100);
        index.insert(u"a"_s, QRectF(0, 0, 10, 10));
        index.insert(u"a"_s, QRectF(1000, 1000, 10, 10));
        QVERIFY(index.queryPoint(QPointF(5, 5)).isEmpty());
        QCOMPARE(index.queryPoint(QPointF(1005, 1005)), QList<QString>{u"a"_s});
        index.remove(u"a"_s);
        index.remove(u"missing"_s);
        QCOMPARE(index.size(), 0);
        QVERIFY(!index.contains(u"a"_s));
        index.insert(u"b"_s, QRectF(0, 0, 10, 10));
        QCOMPARE(index.queryPoint(QPointF(5, 5)), QList<QString>{u"b"_s});
        index.clear();
        QVERIFY(index.query(QRectF(-1e6, -1e6, 2e6, 2e6)).isEmpty());
    }

    void forEachVisitsEachOnce()
    {
        SpatialIndex index(10);
        index.insert(u"wide"_s, QRectF(0, 0, 95, 5)); // spans 10 cells
        int visits = 0;
        index.forEachIn(QRectF(0, 0, 100, 100), [&](const QString &id, const QRectF &r) {
            ++visits;
            QCOMPARE(id, u"wide"_s);
            QCOMPARE(r, QRectF(0, 0, 95, 5));
        });
        QCOMPARE(visits, 1);
    }
};

QTEST_GUILESS_MAIN(TestSpatialIndex)
#include "tst_spatialindex.moc"
