/* catalog.c - lookups in the generated probe catalog. */
#include "catalog.h"

#include <string.h>

const struct catalog_entry *catalog_find(const char *id)
{
    for (int i = 0; i < catalog_size; i++)
        if (strcmp(catalog[i].id, id) == 0)
            return &catalog[i];
    return NULL;
}
