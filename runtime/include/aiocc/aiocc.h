// The one header generated programs include.
#pragma once

#include "aiocc/asyncio.h"
#include "aiocc/coro.h"
#include "aiocc/event_loop.h"
#include "aiocc/frame.h"
#include "aiocc/future.h"
#include "aiocc/program.h"
#include "aiocc/py/builtins.h"
#include "aiocc/py/dict.h"
#include "aiocc/py/exceptions.h"
#include "aiocc/py/function.h"
#include "aiocc/py/int.h"
#include "aiocc/py/list.h"
#include "aiocc/py/object.h"
#include "aiocc/py/ops.h"
#include "aiocc/py/str.h"
#include "aiocc/py/types.h"
