import RelGraphAnalysis
import RelGraphCore

/// Three months of a small news story, the second without articles:
/// ```
///   2020-01   A ==3== B --1-- C
///   2020-02   (no articles)
///   2020-03   A --1-- B ==4== C ==2== "D & <Co>"   (a country with a hostile name)
/// ```
enum TrendsSample {
    static let hostile = "D & <Co> \"x\""

    static func entity(_ name: String) -> Entity {
        name == "D" ? Entity(kind: .country, name: hostile, iso3: "DDD") : Entity(kind: .person, name: name)
    }

    static func graph(_ edges: [(String, String, Double)]) -> EntityGraph {
        let names = Set(edges.flatMap { [$0.0, $0.1] }).sorted()
        let entities = names.map(entity)
        let id = { (n: String) in entity(n).id }
        return try! EntityGraph(entities: entities, relations: edges.map { Relation(id($0.0), id($0.1), weight: $0.2) })
    }

    static let periods: [(period: Period, graph: EntityGraph)] = {
        let months = TimeSlice.month.periods(
            from: TimeSlice.month.period(of: "2020-01")!, through: TimeSlice.month.period(of: "2020-03")!)
        return [
            (months[0], graph([("A", "B", 3), ("B", "C", 1)])),
            (months[1], .empty),
            (months[2], graph([("A", "B", 1), ("B", "C", 4), ("C", "D", 2)])),
        ]
    }()

    static let trends = try! ActorTrends(periods: periods)
}
