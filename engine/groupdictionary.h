#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace weir {

// Interns group keys (GroupKeyCodec bytes) as small dense ids, so window state indexes
// groups by integer and hashes a record's key once however many windows it joins.
// Ids are reference counted by the state entries that use them; an id whose count
// drops to zero is forgotten and reused.
class GroupDictionary
{
public:
    static constexpr uint32_t kNone = UINT32_MAX;

    // The id of `key` (hash: Hash64::text(key)), created with no references if new.
    uint32_t intern(std::string_view key, uint64_t hash);
    uint32_t find(std::string_view key, uint64_t hash) const;
    void retain(uint32_t id) { ++m_refs[id]; }
    void release(uint32_t id);

    std::string_view key(uint32_t id) const { return m_keys[id]; }
    // Ids are below this bound (some may be free).
    size_t idBound() const { return m_keys.size(); }
    size_t size() const { return m_count; }
    void clear();

private:
    size_t slotOf(std::string_view key, uint64_t hash) const;
    void grow();
    void erase(uint32_t id);

    std::vector<std::string> m_keys;
    std::vector<uint64_t> m_hashes;
    std::vector<uint32_t> m_refs;
    std::vector<uint32_t> m_freeIds;
    std::vector<uint32_t> m_slots; // id, or kNone; linear probing, power-of-two size
    size_t m_count = 0;
};

} // namespace weir
