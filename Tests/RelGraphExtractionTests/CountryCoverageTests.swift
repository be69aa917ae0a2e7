import Foundation
import RelGraphCore
import Testing

@testable import RelGraphExtraction

/// Every UN member state and both observer states are countries of the bundled lexicon, and each
/// comes out as one country entity whichever cue names it (name, official form, nationality
/// adjective) in one article.
@Suite struct CountryCoverageTests {
    /// The 193 UN member states (ISO 3166-1 alpha-3), as listed by the UN.
    static let members = """
        AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA \
        BRA BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG CRI CIV HRV CUB CYP CZE PRK \
        COD DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD \
        GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ \
        LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MCO MNG MNE \
        MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT \
        QAT KOR MDA ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF \
        SSD ESP LKA SDN SUR SWE CHE SYR TJK THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR TZA \
        USA URY UZB VUT VEN VNM YEM ZMB ZWE
        """.split(separator: " ").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
    /// The two non-member observer states.
    static let observers = ["VAT", "PSE"]

    @Test func everyMemberAndObserverIsASovereignCountryOfTheLexicon() throws {
        #expect(Self.members.count == 193)
        #expect(Set(Self.members).count == 193)
        let countries = try #require(try Lexicon.bundled().countries)
        let byCode = Dictionary(uniqueKeysWithValues: countries.map { ($0.iso3, $0) })
        for code in Self.members + Self.observers {
            let country = try #require(byCode[code], "\(code) missing")
            #expect(country.territory != true, "\(code) is marked a territory")
        }
    }

    @Test func oneEntityPerCountryWhateverCueNamesIt() throws {
        let countries = try #require(try Lexicon.bundled().countries)
        let byCode = Dictionary(uniqueKeysWithValues: countries.map { ($0.iso3, $0) })
        let extractor = try Extractor()
        var failures: [String] = []
        for code in Self.members + Self.observers {
            let country = try #require(byCode[code])
            var cues = [country.name] + (country.forms ?? []).filter { $0.count > 4 && !(country.weak ?? []).contains($0) }.prefix(1)
            var text = "Talks opened in Geneva on Monday. \(country.name) signed the accord on trade."
            if let official = cues.dropFirst().first {
                text += " The \(official) said the accord would last ten years."
            }
            if let adjective = (country.demonyms ?? []).first(where: { !(country.weak ?? []).contains($0) }) {
                text += " A \(adjective) delegation welcomed it."
                cues.append(adjective)
            }
            let found = extractor.extract(Article(id: code, text: text)).entities.filter { $0.kind == .country }
            if found.map(\.iso3) != [code] {
                failures.append("\(code) via \(cues): \(found.map { "\($0.name)/\($0.iso3 ?? "-")" })")
            }
        }
        #expect(failures.isEmpty, "\(failures.count) countries: \(failures.joined(separator: "; "))")
    }
}
