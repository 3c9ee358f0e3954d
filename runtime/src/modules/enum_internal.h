// What enum.cpp (classes, members, Flag) shares with enum_lookup.cpp (EnumType's calls).
#pragma once

#include <string>
#include <vector>

#include "aiocc/frame.h"
#include "aiocc/py/instance.h"

namespace aiocc::enums {

Object member_name(const Object& member);  // its _name_
bool is_flag(const ClassObject* c);        // a Flag (or IntFlag) class
// Flag._missing_: the pseudo-member for a combination of members, in its enum.py frame `f`.
Object flag_missing(ClassObject* c, Object value, PlainFrame& f);
// _generate_next_value_ for the member `name` (auto(), the functional API's names).
Object next_value(ClassObject* c, const std::string& name, int64_t start, int64_t count,
                  const std::vector<Object>& last_values);

}  // namespace aiocc::enums
