#include "kafkaconnectionbar.h"

#include "keyvaluetable.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace weir {

namespace {

ParamInfo propertiesInfo()
{
    ParamInfo info;
    info.name = "config";
    info.type = ParamType::StringStringMap;
    info.help = "librdkafka properties (security.protocol, sasl.username, ...)";
    return info;
}

} // namespace

KafkaConnectionBar::KafkaConnectionBar(QWidget *parent)
    : QWidget(parent)
    , m_servers(new QLineEdit(QStringLiteral("embedded")))
    , m_showProperties(new QToolButton)
    , m_properties(new KeyValueTable(propertiesInfo(), {}))
    , m_connect(new QPushButton(tr("Connect")))
    , m_status(new QLabel)
{
    m_servers->setPlaceholderText(tr("host:port,... or embedded (the sandbox)"));
    m_servers->setToolTip(tr("Bootstrap servers; \"embedded\" is Weir's in-process sandbox"));
    m_showProperties->setText(tr("Properties"));
    m_showProperties->setCheckable(true);
    m_showProperties->setToolTip(tr("librdkafka properties for this connection"));
    m_properties->setVisible(false);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Bootstrap servers:")));
    row->addWidget(m_servers, 1);
    row->addWidget(m_showProperties);
    row->addWidget(m_connect);
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_properties);
    layout->addWidget(m_status);

    connect(m_showProperties, &QToolButton::toggled, m_properties, &QWidget::setVisible);
    // The table reports edits; keep its value current so config() sees them.
    connect(m_properties, &ParamEditor::edited, m_properties,
            [this](const Json &value) { m_properties->setValue(value); });
    const auto request = [this] { emit connectRequested(servers(), config()); };
    connect(m_connect, &QPushButton::clicked, this, request);
    connect(m_servers, &QLineEdit::returnPressed, this, request);
}

QString KafkaConnectionBar::servers() const
{
    return m_servers->text().trimmed();
}

void KafkaConnectionBar::setServers(const QString &servers)
{
    m_servers->setText(servers);
}

Json KafkaConnectionBar::config() const
{
    return m_properties->value().is_object() ? m_properties->value() : Json::object();
}

void KafkaConnectionBar::setConfig(const Json &config)
{
    m_properties->setValue(config);
    m_showProperties->setChecked(config.is_object() && !config.empty());
}

void KafkaConnectionBar::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #d04040;") : QString());
}

QString KafkaConnectionBar::status() const
{
    return m_status->text();
}

} // namespace weir
