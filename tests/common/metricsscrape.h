#pragma once

// Reads a Prometheus text endpoint over plain HTTP on loopback, for tests.
#include <QHostAddress>
#include <QStringList>
#include <QTcpServer>
#include <QTcpSocket>

inline quint16 freeLoopbackPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

inline QString scrapeMetrics(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return {};
    socket.write("GET /metrics HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n");
    QByteArray reply;
    while (socket.waitForReadyRead(5000))
        reply += socket.readAll();
    return QString::fromUtf8(reply);
}

// The value of one series ("name{labels}"), or -1 when it is absent.
inline double metricValue(const QString &text, const QString &series)
{
    for (const QString &line : text.split('\n')) {
        if (line.startsWith(series + " "))
            return line.mid(series.size() + 1).toDouble();
    }
    return -1;
}
