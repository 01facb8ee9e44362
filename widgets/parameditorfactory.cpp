#include "parameditorfactory.h"

#include "aggregatestable.h"
#include "boolparamedit.h"
#include "durationedit.h"
#include "enumedit.h"
#include "fieldlistedit.h"
#include "keyvaluetable.h"
#include "numberedit.h"
#include "schematable.h"
#include "textparamedit.h"

namespace weir {

ParamEditor *createParamEditor(const ParamInfo &info, const ParamContext &context, QWidget *parent)
{
    switch (info.type) {
    case ParamType::Int:
    case ParamType::Double:
        return new NumberEdit(info, context, parent);
    case ParamType::Bool:
        return new BoolParamEdit(info, context, parent);
    case ParamType::Duration:
        return new DurationEdit(info, context, parent);
    case ParamType::Enum:
        return new EnumEdit(info, context, parent);
    case ParamType::StringList:
        return new FieldListEdit(info, context, parent);
    case ParamType::StringDoubleMap:
    case ParamType::StringStringMap:
        return new KeyValueTable(info, context, parent);
    case ParamType::Schema:
        return new SchemaTable(info, context, parent);
    case ParamType::Aggregates:
        return new AggregatesTable(info, context, parent);
    case ParamType::String:
    case ParamType::Path:
    case ParamType::Expression:
        break;
    }
    return new TextParamEdit(info, context, parent);
}

} // namespace weir
