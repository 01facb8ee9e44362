#include "propertyheader.h"
#include "catalogtext.h"

#include "errorframe.h"
#include "nodebadge.h"
#include "noderegistry.h"

#include <QGridLayout>
#include <QLabel>

namespace weir {

PropertyHeader::PropertyHeader(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_type(new QLabel(this))
    , m_description(new QLabel(this))
    , m_problems(new QLabel(this))
{
    QFont title = m_title->font();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.2);
    m_title->setFont(title);
    m_type->setForegroundRole(QPalette::PlaceholderText);
    m_type->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_description->setWordWrap(true);
    m_description->setForegroundRole(QPalette::PlaceholderText);
    m_problems->setWordWrap(true);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette red = m_problems->palette();
    red.setColor(QPalette::WindowText, errorColor(red));
    m_problems->setPalette(red);
    m_problems->hide();
    m_icon->setFixedSize(32, 32);
    auto layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(8);
    layout->setVerticalSpacing(2);
    layout->addWidget(m_icon, 0, 0, 2, 1, Qt::AlignTop);
    layout->addWidget(m_title, 0, 1);
    layout->addWidget(m_type, 1, 1);
    layout->addWidget(m_description, 2, 0, 1, 2);
    layout->addWidget(m_problems, 3, 0, 1, 2);
    layout->setColumnStretch(1, 1);
}

void PropertyHeader::setNodeType(const QString &type)
{
    const NodeTypeInfo *info = NodeRegistry::instance().find(type.toStdString());
    const QIcon icon = type.isEmpty() ? QIcon() : nodeIconOrBadge(type);
    m_icon->setPixmap(icon.pixmap(32, 32));
    m_icon->setVisible(!icon.isNull());
    static_cast<QGridLayout *>(layout())->setHorizontalSpacing(icon.isNull() ? 0 : 8);
    if (type.isEmpty()) {
        m_title->setText(tr("Pipeline"));
        m_type->setText(tr("settings"));
        m_description->setText(tr("The pipeline's name and description, and how it runs: "
                                  "trigger, batch sizes, checkpoint and metrics."));
    } else if (!info) {
        m_title->setText(tr("Unknown node type"));
        m_type->setText(type);
        m_description->setText(tr("The engine has no node type '%1'.").arg(type));
    } else {
        m_title->setText(catalogText(info->title));
        m_type->setText(type);
        m_description->setText(catalogText(info->description));
    }
}

void PropertyHeader::setProblems(const QStringList &messages)
{
    m_problems->setText(messages.join(QLatin1Char('\n')));
    m_problems->setVisible(!messages.isEmpty());
}

QString PropertyHeader::problemText() const
{
    return m_problems->text();
}

} // namespace weir
