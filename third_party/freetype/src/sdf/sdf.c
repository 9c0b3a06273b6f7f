/****************************************************************************
 *
 * sdf.c
 *
 *   FreeType Signed Distance Field renderer module component (body only).
 *
 * Copyright (C) 2020-2022 by
 * David Turner, Robert Wilhelm, and Werner Lemberg.
 *
 * Written by Anuj Verma.
 *
 * This file is part of the FreeType project, and may only be used,
 * modified, and distributed under the terms of the FreeType project
 * license, LICENSE.TXT.  By continuing to use, modify, or distribute
 * this file you indicate that you have read the license and
 * understand and accept it fully.
 *
 */


#define FT_MAKE_OPTION_SINGLE_OBJECT

#include "ftsdfrend.c"
#include "ftsdfcommon.c"
#include "ftbsdf.c"
#include "ftsdf.c"


/* END */
