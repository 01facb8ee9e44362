#include "paramrow.h"
#include "catalogtext.h"

#include "errorframe.h"
#include "parameditor.h"

#include <QGridLayout>
#include <QLabel>
#include <QToolButton>

namespace weir {

ParamRow::ParamRow(ParamEditor *editor, QGridLayout *grid, int row, QObject *parent)
    : QObject(parent)
    , m_editor(editor)
    , m_label(new QLabel(name()))
    , m_frame(new ErrorFrame(editor))
    , m_reset(new QToolButton)
    , m_problems(new QLabel)
    , m_help(catalogText(editor->info().help))
{
    m_label->setToolTip(m_help);
    m_label->setBuddy(editor->focusTarget());
    m_reset->setText(QStringLiteral("↺"));
    m_reset->setAutoRaise(true);
    m_reset->setToolTip(tr("Reset %1 to its default").arg(name()));
    m_reset->setAccessibleName(m_reset->toolTip());
    m_problems->setWordWrap(true);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->hide();
    QPalette red = m_problems->palette();
    red.setColor(QPalette::WindowText, errorColor(red));
    m_problems->setPalette(red);
    QFont small = m_problems->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_problems->setFont(small);
    if (editor->isWide()) {
        grid->addWidget(m_label, row, 0, 1, 2);
        grid->addWidget(m_reset, row, 2, Qt::AlignRight);
        grid->addWidget(m_frame, row + 1, 0, 1, 3);
        grid->addWidget(m_problems, row + 2, 0, 1, 3);
        m_nextRow = row + 3;
    } else {
        grid->addWidget(m_label, row, 0, Qt::AlignLeft | Qt::AlignVCenter);
        grid->addWidget(m_frame, row, 1);
        grid->addWidget(m_reset, row, 2);
        grid->addWidget(m_problems, row + 1, 1, 1, 2);
        m_nextRow = row + 2;
    }
    connect(m_reset, &QToolButton::clicked, this, [this] { emit edited(Json()); });
    connect(editor, &ParamEditor::edited, this, &ParamRow::edited);
}

QString ParamRow::name() const
{
    return QString::fromStdString(m_editor->info().name);
}

void ParamRow::setValue(const Json &value)
{
    m_editor->setValue(value);
    QFont font = m_label->font();
    font.setBold(!value.is_null());
    m_label->setFont(font);
    m_reset->setEnabled(!value.is_null());
}

void ParamRow::setProblems(const QStringList &messages)
{
    const QString text = messages.join(QLatin1Char('\n'));
    m_problems->setText(text);
    m_problems->setVisible(!text.isEmpty());
    m_frame->setError(!text.isEmpty());
    m_editor->setToolTip(text.isEmpty() ? m_help : m_help + QStringLiteral("\n\n") + text);
}

QString ParamRow::problemText() const
{
    return m_problems->text();
}

void ParamRow::setResettable(bool resettable)
{
    m_reset->setVisible(resettable);
}

void ParamRow::focus()
{
    m_editor->focusTarget()->setFocus(Qt::OtherFocusReason);
}

} // namespace weir
