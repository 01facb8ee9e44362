#include "nodeicon.h"

#include "noderegistry.h"

#include <QFile>

namespace weir {

namespace {

QString iconPath(const std::string &name)
{
    return QStringLiteral(":/icons/%1.svg").arg(QString::fromStdString(name));
}

} // namespace

QIcon nodeIcon(const QString &type)
{
    const NodeTypeInfo *info = NodeRegistry::instance().find(type.toStdString());
    if (!info)
        return {};
    for (const std::string &name : {info->icon, info->category}) {
        const QString path = iconPath(name);
        if (!name.empty() && QFile::exists(path))
            return QIcon(path);
    }
    return {};
}

} // namespace weir
