#pragma once

namespace weir {

// The MIME type of a node type dragged from the palette onto the canvas; the data is the
// registry type name in UTF-8 ("window.sliding").
inline constexpr char kNodeTypeMimeType[] = "application/x-weir-node-type";

} // namespace weir
