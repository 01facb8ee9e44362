#include "descriptionedit.h"

#include <QEvent>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace weir {

DescriptionEdit::DescriptionEdit(const ParamInfo &info, const ParamContext &context,
                                 QWidget *parent)
    : ParamEditor(info, context, parent)
    , m_edit(new QPlainTextEdit(this))
{
    auto layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    m_edit->setAccessibleName(QString::fromStdString(info.name));
    m_edit->setTabChangesFocus(true);
    m_edit->setFixedHeight(m_edit->fontMetrics().lineSpacing() * 5 + 10);
    m_edit->installEventFilter(this);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

QWidget *DescriptionEdit::focusTarget() const
{
    return m_edit;
}

bool DescriptionEdit::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::FocusOut) {
        const QString text = m_edit->toPlainText();
        commit(text.isEmpty() ? Json() : Json(text.toStdString()));
    }
    return ParamEditor::eventFilter(watched, event);
}

void DescriptionEdit::showValue(const Json &value)
{
    m_edit->setPlainText(jsonText(value));
}

} // namespace weir
