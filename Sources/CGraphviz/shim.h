/* CGraphviz: the C surface of libgvc/libcgraph that RelGraphRendering uses.
 *
 * Everything Swift cannot import directly (globals under Swift 6 strict concurrency, symbols from
 * private headers, API whose types differ between Graphviz versions) gets a small static-inline
 * wrapper here, prefixed `cgv_`. See shared/GRAPHVIZ.md for the reasons behind each one.
 */
#ifndef RELGRAPH_CGRAPHVIZ_SHIM_H
#define RELGRAPH_CGRAPHVIZ_SHIM_H

#include <stddef.h>
#include <stdlib.h>
#include <graphviz/graphviz_version.h>
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

/* P1: `Agundirected` & co. are mutable C globals, which Swift 6 refuses to read. */
static inline Agdesc_t cgv_undirected(void) { return Agundirected; }
static inline Agdesc_t cgv_strict_undirected(void) { return Agstrictundirected; }
static inline Agdesc_t cgv_directed(void) { return Agdirected; }
static inline Agdesc_t cgv_strict_directed(void) { return Agstrictdirected; }

/* Exported by libgvc but declared only in private headers (gvcproc.h / gvconfig.h). */
extern int gvtextlayout_select(GVC_t *gvc);
extern char *gvconfig_libdir(GVC_t *gvc);

/* gvRenderData's length parameter is `unsigned int *` before Graphviz 3 and `size_t *` from 3 on
 * (GRAPHVIZ_VERSION_MAJOR itself only exists from 2.47). Swift always sees `size_t *`. */
static inline int cgv_render_data(GVC_t *gvc, graph_t *g, const char *format, char **result,
                                  size_t *length) {
#if defined(GRAPHVIZ_VERSION_MAJOR) && GRAPHVIZ_VERSION_MAJOR >= 3
    return gvRenderData(gvc, g, format, result, length);
#else
    unsigned int len = 0;
    int rc = gvRenderData(gvc, g, format, result, &len);
    *length = (size_t)len;
    return rc;
#endif
}

/* The number of plugins of `kind` ("layout", "device", "textlayout", ...) the context knows;
 * frees the malloc'd list gvPluginList returns (P3). */
static inline int cgv_plugin_count(GVC_t *gvc, const char *kind) {
    int count = 0;
    char **list = gvPluginList(gvc, kind, &count, NULL);
    if (list) {
        for (int i = 0; i < count; i++) free(list[i]);
        free(list);
    }
    return count;
}

/* aghead/agtail are macros. */
static inline Agnode_t *cgv_head(Agedge_t *e) { return aghead(e); }
static inline Agnode_t *cgv_tail(Agedge_t *e) { return agtail(e); }

/* The kinds of cgraph objects, for agnxtattr (AGRAPH/AGNODE/AGEDGE are macros). */
static inline int cgv_kind_graph(void) { return AGRAPH; }
static inline int cgv_kind_node(void) { return AGNODE; }
static inline int cgv_kind_edge(void) { return AGEDGE; }

/* Flushes the DOT lexer's input buffer (exported by libcgraph, not declared in its headers).
   A parse can leave unread text in the buffer, which the next parse would read first. */
extern void aglexbad(void);

#endif
