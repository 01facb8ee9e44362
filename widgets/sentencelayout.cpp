#include "sentencelayout.h"

#include <QBoxLayout>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QRegularExpression>
#include <QSpinBox>

namespace weir {

void addSentence(QBoxLayout *layout, const QString &sentence, const QList<QWidget *> &widgets)
{
    static const QRegularExpression placeholder(QStringLiteral("%(\\d)"));
    auto addText = [layout](const QString &text) {
        if (!text.trimmed().isEmpty())
            layout->addWidget(new QLabel(text.trimmed(), layout->parentWidget()));
    };
    qsizetype at = 0;
    for (auto it = placeholder.globalMatch(sentence); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        addText(sentence.mid(at, match.capturedStart() - at));
        const qsizetype index = match.captured(1).toInt() - 1;
        if (index >= 0 && index < widgets.size())
            layout->addWidget(widgets[index]);
        at = match.capturedEnd();
    }
    addText(sentence.mid(at));
}

void setSentence(QAbstractSpinBox *spinBox, const QString &sentence)
{
    const qsizetype at = sentence.indexOf(QLatin1String("%1"));
    const QString prefix = at < 0 ? QString() : sentence.left(at);
    const QString suffix = at < 0 ? sentence : sentence.mid(at + 2);
    if (auto *box = qobject_cast<QSpinBox *>(spinBox)) {
        box->setPrefix(prefix);
        box->setSuffix(suffix);
    } else if (auto *box = qobject_cast<QDoubleSpinBox *>(spinBox)) {
        box->setPrefix(prefix);
        box->setSuffix(suffix);
    }
}

} // namespace weir
