#pragma once

#include <QWidget>

class QLabel;

namespace weir {

// The top of the property form: the node type's icon, title and type name, its
// description, and the problems that belong to no single parameter.
class PropertyHeader : public QWidget
{
    Q_OBJECT

public:
    explicit PropertyHeader(QWidget *parent = nullptr);

    void setNodeType(const QString &type); // "" = the pipeline settings
    void setProblems(const QStringList &messages);
    QString problemText() const;

private:
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_type;
    QLabel *m_description;
    QLabel *m_problems;
};

} // namespace weir
