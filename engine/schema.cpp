#include "schema.h"

namespace weir {

int Schema::indexOf(std::string_view name) const
{
    for (size_t i = 0; i < m_fields.size(); ++i) {
        if (m_fields[i].name == name)
            return int(i);
    }
    return -1;
}

SchemaPtr rawSchema()
{
    static const SchemaPtr schema = makeSchema({{"key", FieldType::String},
                                                {"value", FieldType::String}});
    return schema;
}

SchemaPtr deadLetterSchema()
{
    static const SchemaPtr schema = makeSchema({{"node", FieldType::String},
                                                {"reason", FieldType::String},
                                                {"source", FieldType::String},
                                                {"partition", FieldType::Int},
                                                {"offset", FieldType::Int},
                                                {"value", FieldType::String}});
    return schema;
}

} // namespace weir
