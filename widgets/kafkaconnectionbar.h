#pragma once

#include "pipeline.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace weir {

class KeyValueTable;

// The topic browser's connection: bootstrap servers ("embedded": the sandbox) and
// librdkafka properties, checked like a Kafka node's `config` when the browser connects.
class KafkaConnectionBar : public QWidget
{
    Q_OBJECT

public:
    explicit KafkaConnectionBar(QWidget *parent = nullptr);

    QString servers() const;
    void setServers(const QString &servers);
    Json config() const;
    void setConfig(const Json &config);
    // A line under the bar: what the browser is doing or why it failed.
    void setStatus(const QString &text, bool error);
    QString status() const;

signals:
    void connectRequested(const QString &servers, const nlohmann::ordered_json &config);

private:
    QLineEdit *m_servers;
    QToolButton *m_showProperties;
    KeyValueTable *m_properties;
    QPushButton *m_connect;
    QLabel *m_status;
};

} // namespace weir
