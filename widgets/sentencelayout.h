#pragma once

#include <QList>
#include <QString>

class QAbstractSpinBox;
class QBoxLayout;
class QWidget;

namespace weir {

// A sentence with input widgets in it, "First %1 records per source from %2", translated as
// one message so each language can put the widgets where its word order needs them: the
// text around the placeholders becomes labels, %1 the first widget, %2 the second.
void addSentence(QBoxLayout *layout, const QString &sentence, const QList<QWidget *> &widgets);

// A spin box inside a sentence, "at most %1 per partition": the text before %1 becomes its
// prefix, the text after it its suffix.
void setSentence(QAbstractSpinBox *spinBox, const QString &sentence);

} // namespace weir
