#include "textparamedit.h"

#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

namespace weir {

TextParamEdit::TextParamEdit(const ParamInfo &info, const ParamContext &context, QWidget *parent)
    : ParamEditor(info, context, parent)
    , m_edit(new QLineEdit(this))
{
    auto layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit);
    m_edit->setAccessibleName(QString::fromStdString(info.name));
    m_edit->setPlaceholderText(jsonText(info.defaultValue));
    if (info.type == ParamType::Expression)
        m_edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    if (info.type == ParamType::Path) {
        auto button = new QToolButton(this);
        button->setText(QStringLiteral("…"));
        button->setToolTip(tr("Choose a file"));
        button->setAccessibleName(
            tr("Choose a file for %1").arg(QString::fromStdString(info.name)));
        layout->addWidget(button);
        connect(button, &QToolButton::clicked, this, &TextParamEdit::browse);
    }
    connect(m_edit, &QLineEdit::editingFinished, this, &TextParamEdit::finished);
}

QWidget *TextParamEdit::focusTarget() const
{
    return m_edit;
}

void TextParamEdit::showValue(const Json &value)
{
    m_edit->setText(jsonText(value));
    m_edit->setCursorPosition(0); // long paths show their start
}

void TextParamEdit::finished()
{
    const QString text = m_edit->text();
    commit(text.isEmpty() ? Json() : Json(text.toStdString()));
}

void TextParamEdit::browse()
{
    const QString title = tr("Choose %1").arg(QString::fromStdString(info().name));
    const QString path = context().pathMustExist
        ? QFileDialog::getOpenFileName(this, title, m_edit->text())
        : QFileDialog::getSaveFileName(this, title, m_edit->text(), {}, nullptr,
                                       QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    m_edit->setText(path);
    finished();
}

} // namespace weir
