#pragma once

// Reads the samples of a Prometheus text exposition (what /metrics serves), for tests.
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

struct ExposedSample
{
    QString name; // with its _bucket/_sum/_count suffix
    QMap<QString, QString> labels;
    double value = 0;
};

inline QVector<ExposedSample> parseExposition(const QString &text)
{
    QVector<ExposedSample> samples;
    for (const QString &line : text.split('\n')) {
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        ExposedSample s;
        int i = 0;
        while (i < line.size() && line[i] != '{' && line[i] != ' ')
            ++i;
        s.name = line.left(i);
        if (i < line.size() && line[i] == '{') {
            ++i;
            while (i < line.size() && line[i] != '}') {
                const int eq = line.indexOf('=', i);
                const QString label = line.mid(i, eq - i);
                QString value;
                int j = eq + 2; // past ="
                for (; j < line.size() && line[j] != '"'; ++j) {
                    if (line[j] == '\\' && j + 1 < line.size())
                        ++j;
                    value += line[j];
                }
                s.labels.insert(label, value);
                i = j + 1;
                if (i < line.size() && line[i] == ',')
                    ++i;
            }
            ++i;
        }
        s.value = line.mid(i).trimmed().section(' ', 0, 0).toDouble();
        samples.append(s);
    }
    return samples;
}

// The metric families of an exposition ("# TYPE name kind" lines), by name.
inline QMap<QString, QString> exposedFamilies(const QString &text)
{
    QMap<QString, QString> families;
    for (const QString &line : text.split('\n')) {
        const QStringList parts = line.split(' ');
        if (parts.size() == 4 && parts[0] == "#" && parts[1] == "TYPE")
            families.insert(parts[2], parts[3]);
    }
    return families;
}
