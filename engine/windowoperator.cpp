#include "windowoperator.h"

#include "fixedwindowoperator.h"
#include "sessionwindowoperator.h"
#include "windowconfig.h"

namespace weir {

std::unique_ptr<Operator> makeTumblingWindow(const NodeContext &ctx, const Json &params,
                                             SchemaPtr input)
{
    return std::make_unique<FixedWindowOperator>(
        WindowConfig::parse(WindowKind::Tumbling, ctx, params, std::move(input)));
}

std::unique_ptr<Operator> makeSlidingWindow(const NodeContext &ctx, const Json &params,
                                            SchemaPtr input)
{
    return std::make_unique<FixedWindowOperator>(
        WindowConfig::parse(WindowKind::Sliding, ctx, params, std::move(input)));
}

std::unique_ptr<Operator> makeSessionWindow(const NodeContext &ctx, const Json &params,
                                            SchemaPtr input)
{
    return std::make_unique<SessionWindowOperator>(
        WindowConfig::parse(WindowKind::Session, ctx, params, std::move(input)));
}

} // namespace weir
