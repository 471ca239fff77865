// SPDX-FileCopyrightText: 2026 The Yardstick authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <algorithm>
#include <cstdint>
#include <vector>

namespace Yardstick {

// A set of 64-bit case-key hashes: open addressing, linear probing, 16 bytes
// a key at most (the table doubles at half full). The bulk writer keeps the
// cases an import found unchanged here instead of stamping their rows, so a
// re-import of a mostly unchanged export writes nothing for them. Two keys
// share a hash with a chance of about n^2 / 2^65 (one in 36 million for a
// million cases).
class CaseKeySet final
{
public:
    void clear()
    {
        m_slots.clear();
        m_size = 0;
    }

    // False when the hash was there already.
    bool insert(quint64 hash)
    {
        if ((m_size + 1) * 2 > m_slots.size())
            grow();
        hash = nonZero(hash);
        for (size_t i = hash & (m_slots.size() - 1);; i = (i + 1) & (m_slots.size() - 1)) {
            if (m_slots[i] == hash)
                return false;
            if (m_slots[i] == 0) {
                m_slots[i] = hash;
                ++m_size;
                return true;
            }
        }
    }

    bool contains(quint64 hash) const
    {
        if (m_slots.empty())
            return false;
        hash = nonZero(hash);
        for (size_t i = hash & (m_slots.size() - 1);; i = (i + 1) & (m_slots.size() - 1)) {
            if (m_slots[i] == hash)
                return true;
            if (m_slots[i] == 0)
                return false;
        }
    }

    size_t size() const { return m_size; }

    // Hands the keys, sorted, to use(const quint64 *keys, size_t count) and,
    // when it returns true, empties the set but keeps its table: the keys are
    // sorted in the table itself, so this needs no memory of its own. When
    // use() returns false the set keeps its keys.
    template<typename Use>
    bool drainSorted(Use &&use)
    {
        const auto end = std::remove(m_slots.begin(), m_slots.end(), quint64(0));
        std::sort(m_slots.begin(), end);
        const size_t count = size_t(end - m_slots.begin());
        const bool taken = use(static_cast<const quint64 *>(m_slots.data()), count);
        if (taken) {
            std::fill(m_slots.begin(), m_slots.end(), quint64(0));
            m_size = 0;
        } else {
            std::vector<quint64> sorted;
            sorted.swap(m_slots);
            m_slots.assign(sorted.size(), 0);
            m_size = 0;
            for (size_t i = 0; i < count; ++i)
                insert(sorted[i]);
        }
        return taken;
    }

    // Starts loading the hash's slot into the cache: a table of a million
    // keys is far larger than the cache, so a lookup made right after costs
    // a trip to memory, which the caller can overlap with other work.
    void prefetch(quint64 hash) const
    {
        if (!m_slots.empty())
            __builtin_prefetch(&m_slots[nonZero(hash) & (m_slots.size() - 1)]);
    }

private:
    // 0 marks an empty slot.
    static quint64 nonZero(quint64 hash) { return hash == 0 ? 1 : hash; }

    void grow()
    {
        std::vector<quint64> old;
        old.swap(m_slots);
        m_slots.assign(old.empty() ? 1024 : old.size() * 2, 0);
        m_size = 0;
        for (quint64 hash : old) {
            if (hash != 0)
                insert(hash);
        }
    }

    std::vector<quint64> m_slots;
    size_t m_size = 0;
};

} // namespace Yardstick
