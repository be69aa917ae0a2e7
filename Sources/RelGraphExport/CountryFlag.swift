/// Flag emoji for countries: a regional-indicator pair built from the ISO 3166-1 alpha-2 code.
///
/// The alpha-3 → alpha-2 table covers the 249 codes of ISO 3166-1 (from Debian's `iso-codes`
/// package, `/usr/share/iso-codes/json/iso_3166-1.json`) plus `XKX` → `XK` (Kosovo, a
/// user-assigned code that RelGraph's lexicon uses). Whether a flag is drawn depends on the
/// viewer's fonts: browsers show flags, Graphviz's PNG/PDF need an emoji font (`fonts-noto-color-emoji`)
/// and otherwise show two letters in boxes.
public enum CountryFlag {
    /// The flag emoji of the country with ISO 3166-1 alpha-3 code `iso3` (case-insensitive),
    /// or `nil` for an unknown code.
    ///
    /// ```swift
    /// CountryFlag.emoji(iso3: "USA")   // "🇺🇸"
    /// CountryFlag.emoji(iso3: "XYZ")   // nil
    /// ```
    /// - Complexity: O(1).
    public static func emoji(iso3: String) -> String? {
        guard let alpha2 = alpha2(iso3: iso3) else { return nil }
        var out = ""
        for scalar in alpha2.unicodeScalars {
            guard let flag = Unicode.Scalar(0x1F1E6 + scalar.value - 65) else { return nil }
            out.unicodeScalars.append(flag)
        }
        return out
    }

    /// The ISO 3166-1 alpha-2 code for alpha-3 code `iso3` (case-insensitive), or `nil`.
    /// - Complexity: O(1).
    public static func alpha2(iso3: String) -> String? { table[iso3.uppercased()] }

    private static let table: [String: String] = {
        let packed = packedPairs.joined()
        var table: [String: String] = [:]
        var i = packed.startIndex
        while i < packed.endIndex {
            let j = packed.index(i, offsetBy: 5)
            let pair = packed[i..<j]
            table[String(pair.prefix(3))] = String(pair.suffix(2))
            i = j
        }
        return table
    }()

    /// Alpha-3 code followed by alpha-2 code, five letters per country, sorted.
    private static let packedPairs = [
        "ABWAWAFGAFAGOAOAIAAIALAAXALBALANDADAREAEARGARARMAMASMASATAAQATFTFATGAGAUSAUAUTATAZEAZBDIBI",
        "BELBEBENBJBESBQBFABFBGDBDBGRBGBHRBHBHSBSBIHBABLMBLBLRBYBLZBZBMUBMBOLBOBRABRBRBBBBRNBNBTNBT",
        "BVTBVBWABWCAFCFCANCACCKCCCHECHCHLCLCHNCNCIVCICMRCMCODCDCOGCGCOKCKCOLCOCOMKMCPVCVCRICRCUBCU",
        "CUWCWCXRCXCYMKYCYPCYCZECZDEUDEDJIDJDMADMDNKDKDOMDODZADZECUECEGYEGERIERESHEHESPESESTEEETHET",
        "FINFIFJIFJFLKFKFRAFRFROFOFSMFMGABGAGBRGBGEOGEGGYGGGHAGHGIBGIGINGNGLPGPGMBGMGNBGWGNQGQGRCGR",
        "GRDGDGRLGLGTMGTGUFGFGUMGUGUYGYHKGHKHMDHMHNDHNHRVHRHTIHTHUNHUIDNIDIMNIMINDINIOTIOIRLIEIRNIR",
        "IRQIQISLISISRILITAITJAMJMJEYJEJORJOJPNJPKAZKZKENKEKGZKGKHMKHKIRKIKNAKNKORKRKWTKWLAOLALBNLB",
        "LBRLRLBYLYLCALCLIELILKALKLSOLSLTULTLUXLULVALVMACMOMAFMFMARMAMCOMCMDAMDMDGMGMDVMVMEXMXMHLMH",
        "MKDMKMLIMLMLTMTMMRMMMNEMEMNGMNMNPMPMOZMZMRTMRMSRMSMTQMQMUSMUMWIMWMYSMYMYTYTNAMNANCLNCNERNE",
        "NFKNFNGANGNICNINIUNUNLDNLNORNONPLNPNRUNRNZLNZOMNOMPAKPKPANPAPCNPNPERPEPHLPHPLWPWPNGPGPOLPL",
        "PRIPRPRKKPPRTPTPRYPYPSEPSPYFPFQATQAREUREROURORUSRURWARWSAUSASDNSDSENSNSGPSGSGSGSSHNSHSJMSJ",
        "SLBSBSLESLSLVSVSMRSMSOMSOSPMPMSRBRSSSDSSSTPSTSURSRSVKSKSVNSISWESESWZSZSXMSXSYCSCSYRSYTCATC",
        "TCDTDTGOTGTHATHTJKTJTKLTKTKMTMTLSTLTONTOTTOTTTUNTNTURTRTUVTVTWNTWTZATZUGAUGUKRUAUMIUMURYUY",
        "USAUSUZBUZVATVAVCTVCVENVEVGBVGVIRVIVNMVNVUTVUWLFWFWSMWSXKXXKYEMYEZAFZAZMBZMZWEZW",
    ]
}
