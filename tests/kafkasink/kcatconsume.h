#pragma once

#include <QProcess>
#include <QtTest>

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

struct Consumed
{
    int partition = -1;
    std::string key;
    nlohmann::json value;
};

// Reads the whole topic with kcat, an outside client (values must be JSON).
inline std::vector<Consumed> consumeAll(const std::string &servers, const std::string &topic)
{
    QProcess kcat;
    kcat.start("kcat", {"-C", "-b", QString::fromStdString(servers), "-t",
                        QString::fromStdString(topic), "-o", "beginning", "-e", "-q", "-f",
                        "%p\t%k\t%s\n"});
    if (!kcat.waitForFinished(60000) || kcat.exitCode() != 0) {
        kcat.kill();
        kcat.waitForFinished();
        qWarning() << kcat.readAllStandardError();
        return {};
    }
    std::vector<Consumed> records;
    for (const QByteArray &line : kcat.readAllStandardOutput().split('\n')) {
        if (line.isEmpty())
            continue;
        const QList<QByteArray> parts = line.split('\t');
        if (parts.size() != 3)
            return {};
        records.push_back({parts[0].toInt(), parts[1].toStdString(),
                           nlohmann::json::parse(parts[2].toStdString())});
    }
    return records;
}
