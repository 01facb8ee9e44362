#include "problemspanel.h"

#include "pipelinemodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace weir {

namespace {

enum Column { NodeColumn, ParamColumn, MessageColumn };
constexpr int kNodeRole = Qt::UserRole;
constexpr int kParamRole = Qt::UserRole + 1;

} // namespace

ProblemsPanel::ProblemsPanel(PipelineModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_view(new QTreeWidget(this))
{
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_view->setColumnCount(3);
    m_view->setHeaderLabels({tr("Node"), tr("Parameter"), tr("Message")});
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setAccessibleName(tr("Problems"));
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(NodeColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(ParamColumn, QHeaderView::ResizeToContents);
    auto top = new QHBoxLayout;
    top->setContentsMargins(6, 4, 6, 0);
    top->addWidget(m_icon);
    top->addWidget(m_title, 1);
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(top);
    layout->addWidget(m_view);
    connect(m_view, &QTreeWidget::itemClicked, this, &ProblemsPanel::activate);
    connect(m_view, &QTreeWidget::itemActivated, this, &ProblemsPanel::activate);
    connect(m_model, &PipelineModel::problemsChanged, this, &ProblemsPanel::refresh);
    connect(m_model, &PipelineModel::modelReset, this, &ProblemsPanel::refresh);
    refresh();
}

int ProblemsPanel::count() const
{
    return m_count;
}

QString ProblemsPanel::title() const
{
    if (m_count == 0)
        return tr("No problems");
    return m_count == 1 ? tr("1 problem") : tr("%1 problems").arg(m_count);
}

void ProblemsPanel::refresh()
{
    const QIcon error = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    m_view->clear();
    for (const Problem &problem : m_model->problems()) {
        const QString node = QString::fromStdString(problem.node);
        const QString param = QString::fromStdString(problem.param);
        const QString message = QString::fromStdString(problem.message);
        auto item = new QTreeWidgetItem(m_view,
                                        {node.isEmpty() ? tr("(pipeline)") : node, param, message});
        item->setIcon(NodeColumn, error);
        item->setData(NodeColumn, kNodeRole, node);
        item->setData(NodeColumn, kParamRole, param);
        item->setToolTip(MessageColumn, message);
        item->setToolTip(NodeColumn, QString::fromStdString(problem.toString()));
    }
    const int count = int(m_model->problems().size());
    const bool changed = count != m_count;
    m_count = count;
    m_title->setText(title());
    const QIcon state = style()->standardIcon(count ? QStyle::SP_MessageBoxCritical
                                                    : QStyle::SP_DialogApplyButton);
    m_icon->setPixmap(state.pixmap(16, 16));
    if (changed)
        emit countChanged(count);
}

void ProblemsPanel::activate(QTreeWidgetItem *item)
{
    if (item)
        emit problemActivated(item->data(NodeColumn, kNodeRole).toString(),
                              item->data(NodeColumn, kParamRole).toString());
}

} // namespace weir
