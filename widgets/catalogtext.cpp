#include "catalogtext.h"

#include <QCoreApplication>

namespace weir {

QString catalogText(const std::string &text)
{
    if (text.empty())
        return {};
    return QCoreApplication::translate(kCatalogContext, text.c_str());
}

} // namespace weir
