/*
 * real.c - the libc functions behind the wrappers, found with
 * dlsym(RTLD_NEXT) on first use (see NEED in perturb.h).
 */
#include "perturb.h"

#include <dlfcn.h>
#include <string.h>

#define REAL_DEFINE(ret, name, params) ret(*real_##name) params;
PERTURB_REAL_FUNCTIONS(REAL_DEFINE)

/* dlsym returns an object pointer; its bytes are the function's address. */
void resolve_real(void *slot, const char *name)
{
    void *p = dlsym(RTLD_NEXT, name);
    memcpy(slot, &p, sizeof p);
}
