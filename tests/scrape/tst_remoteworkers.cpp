// Two real weir-run workers watched by URL: the combined samples are the sums of the
// workers' own series, each worker's totals agree with what its /metrics says, and a
// dead or wrong endpoint is reported clearly without disturbing the others.
#include "weirworker.h"

#include "monitorseries.h"
#include "prometheustext.h"
#include "remoteworkers.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

using namespace weir;
namespace ser = weir::series;

namespace {

const QStringList kSinks {"sink", "dead_letters", "late_events"};

// Answers every request with an HTML page: an HTTP server that is not an exporter.
class HtmlServer : public QTcpServer
{
public:
    HtmlServer()
    {
        listen(QHostAddress::LocalHost, 0);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    socket->readAll();
                    const QByteArray body = "<html>\n<body>Welcome</body>\n</html>\n";
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
                                  "Connection: close\r\nContent-Length: "
                                  + QByteArray::number(body.size()) + "\r\n\r\n" + body);
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    QUrl url() const { return QUrl(QString("http://127.0.0.1:%1/metrics").arg(serverPort())); }
};

// Accepts connections and never answers: a hung worker.
class SilentServer : public QTcpServer
{
public:
    SilentServer() { listen(QHostAddress::LocalHost, 0); }
    QUrl url() const { return QUrl(QString("http://127.0.0.1:%1/metrics").arg(serverPort())); }
};

// A worker's own count of records its source sent, read from its /metrics directly.
double sourceRecords(const WeirWorker &worker)
{
    for (const PromSample &s : parsePrometheusText(worker.metricsBody().toStdString()).samples)
        if (s.name == "pipeline_node_records_total" && s.label("node") == "events"
            && s.label("port") == "out")
            return s.value;
    return -1;
}

struct Status
{
    bool ok = false;
    QString error;
    int changes = 0;
};

} // namespace

class tst_RemoteWorkers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void combinesTwoWorkers();
    void workerTotalsMatchTheirEndpoints();
    void badEndpointsAreReportedAlone();
    void aRestartedWorkerRejoins();
    void addAndRemove();

private:
    void watch();
    MonitorSample nextSample(int rounds = 2);

    std::unique_ptr<WeirWorker> m_a;
    std::unique_ptr<WeirWorker> m_b;
    std::unique_ptr<RemoteWorkers> m_workers;
    std::vector<MonitorSample> m_samples;
    std::map<QString, Status> m_status;
};

void tst_RemoteWorkers::initTestCase()
{
    m_a = std::make_unique<WeirWorker>(2000);
    m_b = std::make_unique<WeirWorker>(5000);
    QVERIFY2(m_a->waitUntilRunning(), qPrintable(m_a->stderrText()));
    QVERIFY2(m_b->waitUntilRunning(), qPrintable(m_b->stderrText()));
    watch();
}

void tst_RemoteWorkers::cleanupTestCase()
{
    m_workers.reset();
    m_a->stop();
    m_b->stop();
}

void tst_RemoteWorkers::watch()
{
    m_workers = std::make_unique<RemoteWorkers>();
    m_workers->setPollInterval(400);
    connect(m_workers.get(), &RemoteWorkers::sampled, this,
            [this](const MonitorSample &s) { m_samples.push_back(s); });
    connect(m_workers.get(), &RemoteWorkers::workerStatusChanged, this,
            [this](const QString &name, bool ok, const QString &error) {
                Status &s = m_status[name];
                s.ok = ok;
                s.error = error;
                ++s.changes;
            });
    QVERIFY(m_workers->addWorker("a", QUrl(m_a->url()), kSinks));
    QVERIFY(m_workers->addWorker("b", QUrl(m_b->url()), kSinks));
}

// The sample of a round that started after this call.
MonitorSample tst_RemoteWorkers::nextSample(int rounds)
{
    const size_t wanted = m_samples.size() + size_t(rounds);
    if (!QTest::qWaitFor([&] { return m_samples.size() >= wanted; }, 20000))
        return {};
    return m_samples.back();
}

void tst_RemoteWorkers::combinesTwoWorkers()
{
    const auto both = [&] {
        return !m_samples.empty() && m_samples.back().has(ser::worker("a", ser::kInRate))
            && m_samples.back().has(ser::worker("b", ser::kInRate));
    };
    QTRY_VERIFY_WITH_TIMEOUT(both(), 20000);
    QVERIFY(m_status["a"].ok && m_status["b"].ok);
    QCOMPARE(m_status["a"].changes, 1);

    const MonitorSample s = m_samples.back();
    auto bothSum = [&](const std::string &series) {
        return s.value(ser::worker("a", series)) + s.value(ser::worker("b", series));
    };
    for (const std::string series :
         {std::string(ser::kInRate), std::string(ser::kOutRate), std::string(ser::kErrorRate),
          std::string(ser::kDeadLetters), std::string(ser::kLateRecords),
          std::string(ser::kQueueDepth), std::string(ser::kQueueCapacity),
          ser::node("events", "out"), ser::node("events", "out_rate"), ser::node("parse", "errors"),
          ser::node("sink", "out")}) {
        QVERIFY2(s.has(series), series.c_str());
        QCOMPARE(s.value(series), bothSum(series));
    }
    QVERIFY(s.value(ser::worker("a", ser::node("events", "out"))) > 0);
    QVERIFY(s.value(ser::worker("b", ser::node("events", "out"))) > 0);
    QVERIFY(s.value(ser::kQueueCapacity) > 0);
    // Combined samples come once a round, timed from when the first worker was added.
    QVERIFY(m_samples.size() >= 2);
    for (size_t i = 1; i < m_samples.size(); ++i)
        QVERIFY(m_samples[i].t > m_samples[i - 1].t);
    QVERIFY(s.t > 0 && s.t < 60);
}

// A worker's totals in a sample lie between what its endpoint said just before that
// round and just after it.
void tst_RemoteWorkers::workerTotalsMatchTheirEndpoints()
{
    for (int i = 0; i < 2; ++i) {
        const double aBefore = sourceRecords(*m_a);
        const double bBefore = sourceRecords(*m_b);
        const MonitorSample s = nextSample();
        const double aAfter = sourceRecords(*m_a);
        const double bAfter = sourceRecords(*m_b);
        const double a = s.value(ser::worker("a", ser::node("events", "out")), -1);
        const double b = s.value(ser::worker("b", ser::node("events", "out")), -1);
        QVERIFY2(aBefore > 0 && aBefore <= a && a <= aAfter,
                 qPrintable(QString("%1 <= %2 <= %3").arg(aBefore).arg(a).arg(aAfter)));
        QVERIFY2(bBefore > 0 && bBefore <= b && b <= bAfter,
                 qPrintable(QString("%1 <= %2 <= %3").arg(bBefore).arg(b).arg(bAfter)));
        QCOMPARE(s.value(ser::node("events", "out")), a + b);
    }
}

void tst_RemoteWorkers::badEndpointsAreReportedAlone()
{
    const quint16 closed = freeLoopbackPort();
    HtmlServer html;
    QVERIFY(m_workers->addWorker("down", QUrl(QString("http://127.0.0.1:%1/metrics").arg(closed))));
    QVERIFY(m_workers->addWorker("html", html.url()));
    SilentServer silent;
    m_workers->setRequestTimeout(600);
    QVERIFY(m_workers->addWorker("silent", silent.url()));
    QVERIFY(m_workers->addWorker(
        "missing", QUrl(QString("http://127.0.0.1:%1/nothing-here").arg(m_a->port()))));
    QTRY_VERIFY_WITH_TIMEOUT(m_status["down"].changes > 0 && m_status["html"].changes > 0
                                 && m_status["missing"].changes > 0
                                 && m_status["silent"].changes > 0,
                             20000);
    QVERIFY(!m_status["down"].ok);
    QVERIFY2(
        m_status["down"].error.contains(QString("connection refused by 127.0.0.1:%1").arg(closed)),
        qPrintable(m_status["down"].error));
    QVERIFY(!m_status["html"].ok);
    QVERIFY2(m_status["html"].error.startsWith(
                 R"(not Prometheus text: line 1: "<html>" is not a valid metric name)"),
             qPrintable(m_status["html"].error));
    QVERIFY(!m_status["missing"].ok);
    QVERIFY2(m_status["missing"].error.startsWith("HTTP 404"),
             qPrintable(m_status["missing"].error));
    QVERIFY(!m_status["silent"].ok);
    QCOMPARE(m_status["silent"].error,
             QString("no answer from 127.0.0.1:%1 within 600 ms").arg(silent.serverPort()));
    QCOMPARE(m_workers->lastError("down"), m_status["down"].error);
    QVERIFY(!m_workers->isOk("html") && m_workers->isOk("a"));

    // The good workers keep being sampled and summed; the bad ones add nothing, and
    // their status is not repeated every round.
    const int downChanges = m_status["down"].changes;
    for (int i = 0; i < 3; ++i) {
        const MonitorSample s = nextSample(1);
        QVERIFY(s.has(ser::worker("a", ser::kInRate)) && s.has(ser::worker("b", ser::kInRate)));
        QCOMPARE(s.value(ser::kInRate),
                 s.value(ser::worker("a", ser::kInRate)) + s.value(ser::worker("b", ser::kInRate)));
        for (const auto &[series, value] : s.values)
            QVERIFY2(series.rfind("worker/a/", 0) == 0 || series.rfind("worker/b/", 0) == 0
                         || series.rfind("worker/", 0) != 0,
                     series.c_str());
    }
    QCOMPARE(m_status["down"].changes, downChanges);
    QVERIFY(m_status["a"].ok && m_status["b"].ok);
    QCOMPARE(m_status["a"].changes, 1);
    for (const char *name : {"down", "html", "missing", "silent"})
        QVERIFY(m_workers->removeWorker(name));
    m_workers->setRequestTimeout(900);
}

// A worker that goes away is reported and left out of the sums; started again on the
// same address it rejoins, and its counters starting again from 0 give no negative rates.
void tst_RemoteWorkers::aRestartedWorkerRejoins()
{
    const quint16 port = m_b->port();
    const double before = nextSample().value(ser::worker("b", ser::node("events", "out")));
    QVERIFY(before > 0);
    m_b->stop();
    QTRY_VERIFY_WITH_TIMEOUT(!m_status["b"].ok, 20000);
    QVERIFY2(m_status["b"].error.contains("connection refused"), qPrintable(m_status["b"].error));
    const MonitorSample alone = nextSample();
    QVERIFY(!alone.has(ser::worker("b", ser::kInRate)));
    QCOMPARE(alone.value(ser::kInRate), alone.value(ser::worker("a", ser::kInRate)));

    const size_t sinceStop = m_samples.size();
    m_b = std::make_unique<WeirWorker>(5000, port);
    QVERIFY2(m_b->waitUntilRunning(), qPrintable(m_b->stderrText()));
    QTRY_VERIFY_WITH_TIMEOUT(m_status["b"].ok, 20000);
    nextSample(2);
    bool rejoined = false;
    for (size_t i = sinceStop; i < m_samples.size(); ++i) {
        const MonitorSample &s = m_samples[i];
        const std::string out = ser::worker("b", ser::node("events", "out"));
        if (!rejoined && s.has(out)) { // the counters went back: the reset case
            QVERIFY(s.value(out) < before);
            rejoined = true;
        }
        for (const auto &[series, value] : s.values)
            if (series.size() > 5 && series.compare(series.size() - 5, 5, "_rate") == 0)
                QVERIFY2(value >= 0, qPrintable(QString("%1 = %2").arg(series.c_str()).arg(value)));
    }
    QVERIFY(rejoined);
    QVERIFY(m_samples.back().has(ser::worker("b", ser::kInRate)));
}

void tst_RemoteWorkers::addAndRemove()
{
    QCOMPARE(m_workers->workers(), (QStringList {"a", "b"}));
    QVERIFY(!m_workers->addWorker("a", QUrl(m_b->url()))); // name taken
    QVERIFY(!m_workers->addWorker("", QUrl(m_b->url())));
    QVERIFY(!m_workers->addWorker("x", QUrl("ftp://127.0.0.1/metrics")));
    QVERIFY(!m_workers->addWorker("y", QUrl("not a url")));
    QCOMPARE(m_workers->metricsUrl("b"), QUrl(m_b->url()));
    QVERIFY(m_workers->removeWorker("b"));
    QVERIFY(!m_workers->removeWorker("b"));
    nextSample(1); // a round may have been in flight with b still in it
    const MonitorSample s = nextSample(1);
    QVERIFY(s.has(ser::worker("a", ser::kInRate)));
    QVERIFY(!s.has(ser::worker("b", ser::kInRate)));
    QCOMPARE(s.value(ser::kInRate), s.value(ser::worker("a", ser::kInRate)));
}

QTEST_GUILESS_MAIN(tst_RemoteWorkers)
#include "tst_remoteworkers.moc"
