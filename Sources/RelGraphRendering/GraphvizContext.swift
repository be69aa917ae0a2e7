internal import CGraphviz
import Foundation

/// How a Graphviz context finds its plugins: from the installed configuration, or from
/// libraries this module opens itself when that configuration is missing or unreadable.
enum ContextRecipe: Sendable, Equatable {
    /// Recipe A: `gvContext()`, which reads the plugin list from `config6a` and loads plugins
    /// on demand. Works on any Debian system with libgvc6 installed.
    case configuration
    /// Recipe B: the plugin libraries are opened here and handed to `gvContextPlugins` as a
    /// table of built-ins; needs no configuration file.
    case builtins
}

/// A null-terminated table of plugin libraries for `gvContextPlugins`.
typealias BuiltinTable = UnsafeMutablePointer<lt_symlist_t>

/// The process-wide Graphviz state. It is only read or changed while ``graphvizLock`` is held.
struct GraphvizState {
    /// The recipe that produced a working context, learned on first use.
    var recipe: ContextRecipe?
    /// Recipe B's table of plugin libraries (terminated by a null entry). It stays allocated for
    /// the life of the process, as do the libraries it points into.
    var builtins: BuiltinTable?
    /// `gvcVersion`, cached.
    var version: String?
    /// A context and a one-node graph, kept for the life of the process, that
    /// ``Graphviz/forgetLastFont(_:recipe:)`` lays out before every render.
    var fontReset: (context: OpaquePointer, graph: UnsafeMutablePointer<Agraph_t>)?
}

/// The one lock every cgraph/gvc call in the process goes through. libcgraph is not thread-safe
/// (`man cgraph`): even two threads with separate contexts and graphs crash in
/// the parser, fontconfig or pango, so parsing, layout, rendering, the error state and context
/// creation are all serialised here.
let graphvizLock = LockedState(GraphvizState())

/// The plugin libraries recipe B loads: core (svg, dot output), the dot and neato layout families
/// (dot; neato, fdp, sfdp, circo, twopi) and pango (cairo png/pdf plus text metrics, which must be
/// a built-in so that a text-layout plugin gets selected; added later, none is selected and
/// PNG/PDF come out without text).
private let builtinPluginNames = ["core", "dot_layout", "neato_layout", "pango"]

extension Graphviz {
    /// Runs `body` with the lock held and a fresh Graphviz context, which is freed afterwards.
    ///
    /// Before `body` runs, errors are redirected into cgraph's buffer (`agseterr(AGMAX)`, so
    /// nothing reaches stderr) and the sticky error level is reset (`agreseterrors`).
    /// - Parameter recipe: `nil` tries recipe A and falls back to B; tests pass `.builtins`.
    static func withContext<R: Sendable>(
        recipe: ContextRecipe? = nil,
        _ body: (OpaquePointer) throws(RenderError) -> R
    ) throws(RenderError) -> R {
        try graphvizLock.withLock { (state) throws(RenderError) -> R in
            agseterr(AGMAX)
            agreseterrors()
            let gvc = try makeContext(&state, recipe: recipe)
            defer { gvFreeContext(gvc) }
            forgetLastFont(&state, recipe: recipe)
            agreseterrors()
            return try body(gvc)
        }
    }

    /// The font of the graph ``forgetLastFont(_:recipe:)`` lays out: a name no diagram uses.
    static let fontResetName = "RelGraph font reset"

    /// Measures one label in ``fontResetName`` in a context that is never freed, so that the
    /// next render measures its first label in its own font.
    ///
    /// Graphviz 2.42's pango plugin remembers the last font it measured by a pointer to the
    /// font's name, which belongs to the context that measured it and is freed with it; when
    /// the next render's font name is allocated at the same address, the plugin takes it for the
    /// same font and measures the first labels in the previous render's font (labels in
    /// Helvetica measured as Times-Roman, a box 1 pt wider, depending on what was rendered
    /// before). After this the remembered name lives as long as the process and matches no
    /// diagram's font. Does nothing if the graph cannot be made or laid out.
    /// - Complexity: O(1); the first call also looks the font up (a few milliseconds).
    private static func forgetLastFont(_ state: inout GraphvizState, recipe: ContextRecipe?) {
        if state.fontReset == nil {
            guard let gvc = try? makeContext(&state, recipe: recipe) else { return }
            guard let graph = try? read(#"graph { node [fontname="\#(fontResetName)"]; a }"#) else {
                gvFreeContext(gvc)
                return
            }
            state.fontReset = (gvc, graph)
        }
        guard let (gvc, graph) = state.fontReset else { return }
        if gvLayout(gvc, graph, "neato") == 0 { gvFreeLayout(gvc, graph) }
    }

    /// Creates a context with recipe A if its configuration lists layout plugins, else with
    /// recipe B. The outcome is remembered, so later calls go straight to the working recipe.
    private static func makeContext(
        _ state: inout GraphvizState, recipe forced: ContextRecipe?
    ) throws(RenderError) -> OpaquePointer {
        var libdir: String?
        if (forced ?? state.recipe ?? .configuration) == .configuration {
            if let gvc = gvContext() {
                if cgv_plugin_count(gvc, "layout") > 0 {
                    state.recipe = state.recipe ?? .configuration
                    return gvc
                }
                libdir = gvconfig_libdir(gvc).map { String(cString: $0) }
                gvFreeContext(gvc)
            }
            if forced == .configuration {
                throw .contextUnavailable(
                    reason: "the Graphviz configuration lists no layout plugins")
            }
        }
        if state.builtins == nil {
            state.builtins = loadBuiltins(preferredDirectory: libdir)
        }
        guard let table = state.builtins else {
            throw .contextUnavailable(
                reason: "no Graphviz plugin libraries (libgvplugin_*.so) were found")
        }
        // demand_loading must be 0 with a built-in table: with 1 and no configuration file, libgvc
        // dereferences a null pointer at the first layout.
        guard let gvc = gvContextPlugins(table, 0) else {
            throw .contextUnavailable(reason: "gvContextPlugins returned no context")
        }
        guard cgv_plugin_count(gvc, "layout") > 0 else {
            gvFreeContext(gvc)
            throw .contextUnavailable(
                reason: "the Graphviz plugin libraries provide no layout engines")
        }
        if forced == nil { state.recipe = .builtins }
        return gvc
    }

    /// Opens the plugin libraries for recipe B and builds the built-ins table, or returns `nil`
    /// when none could be opened. Folders tried, in order: `preferredDirectory` (what
    /// `gvconfig_libdir` reported), `<folder of libgvc>/graphviz`, then the usual install paths.
    private static func loadBuiltins(preferredDirectory: String?) -> BuiltinTable? {
        var folders: [String] = []
        if let preferredDirectory, !preferredDirectory.isEmpty {
            folders.append(preferredDirectory)
        }
        if let lib = loadedLibraryPath(containing: "/libgvc.so") {
            folders.append(
                URL(fileURLWithPath: lib).resolvingSymlinksInPath()
                    .deletingLastPathComponent().appendingPathComponent("graphviz").path)
        }
        folders += [
            "/usr/lib/x86_64-linux-gnu/graphviz", "/usr/lib/aarch64-linux-gnu/graphviz",
            "/usr/lib64/graphviz", "/usr/lib/graphviz", "/usr/local/lib/graphviz",
        ]
        for folder in folders {
            var entries: [lt_symlist_t] = []
            for name in builtinPluginNames {
                let symbol = "gvplugin_\(name)_LTX_library"
                let candidates = [
                    "\(folder)/libgvplugin_\(name).so.\(GVPLUGIN_VERSION)",
                    "\(folder)/libgvplugin_\(name).so",
                ]
                guard let handle = candidates.lazy.compactMap({ dlopen($0, RTLD_NOW) }).first,
                    let address = dlsym(handle, symbol)
                else { continue }
                entries.append(lt_symlist_t(name: UnsafePointer(strdup(symbol)), address: address))
            }
            guard !entries.isEmpty else { continue }
            let table = UnsafeMutablePointer<lt_symlist_t>.allocate(capacity: entries.count + 1)
            table.initialize(from: entries, count: entries.count)
            (table + entries.count).initialize(to: lt_symlist_t(name: nil, address: nil))
            return table
        }
        return nil
    }

    /// The path of the first library mapped into this process whose path contains `fragment`,
    /// read from `/proc/self/maps` (Linux); `nil` elsewhere or when none matches.
    private static func loadedLibraryPath(containing fragment: String) -> String? {
        guard let maps = try? String(contentsOfFile: "/proc/self/maps", encoding: .utf8) else {
            return nil
        }
        for line in maps.split(separator: "\n") where line.contains(fragment) {
            if let slash = line.firstIndex(of: "/") { return String(line[slash...]) }
        }
        return nil
    }

    /// The message of the last error raised since the last `agreseterrors()`, trimmed and on one
    /// line, or `nil` if no error (only warnings, or nothing) was raised.
    static func takeErrorMessage() -> String? {
        guard agerrors() > 0, let raw = aglasterr() else { return nil }
        defer { free(raw) }
        let text = String(cString: raw)
            .split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
            .joined(separator: " ")
        return text.isEmpty ? nil : text
    }

    /// Parses DOT text into a graph the caller must `agclose`; call with the lock held.
    static func read(_ dot: String) throws(RenderError) -> UnsafeMutablePointer<Agraph_t> {
        agreseterrors()
        // The parser's line counter is global and survives a failed parse; agsetfile resets it,
        // so messages always count lines from 1.
        agsetfile(nil)
        let graph = agmemread(dot)
        // The lexer keeps unread input (text after the first graph, or after a syntax error) in
        // a global buffer that the next parse would read first; drop it after every parse.
        aglexbad()
        guard let graph else {
            throw .parseFailed(message: takeErrorMessage() ?? "the text contains no graph")
        }
        return graph
    }
}

/// Calls `body` with a mutable C copy of `string`. cgraph 2.42 declares `char *` parameters
/// that it only reads (later versions made them `const`).
func withCString<R>(_ string: String, _ body: (UnsafeMutablePointer<CChar>) -> R) -> R {
    string.withCString { body(UnsafeMutablePointer(mutating: $0)) }
}
