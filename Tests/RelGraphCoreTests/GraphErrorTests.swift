import Testing

@testable import RelGraphCore

@Suite struct GraphErrorTests {
    @Test(arguments: [
        (GraphError.duplicateEntity(id: "person:X"), "Entity 'person:X' appears more than once; entity ids must be unique"),
        (.unknownEndpoint(id: "a"), "Relation endpoint 'a' is not an entity of the graph"),
        (.selfLoop(id: "a"), "Relation from 'a' to itself; self-loops are not allowed"),
        (.duplicateRelation(source: "a", target: "b"), "Relation between 'a' and 'b' appears more than once"),
        (
            .invalidWeight(source: "France", target: "Mali", weight: -2),
            "Edge weight '-2.0' between 'France' and 'Mali' is not positive; weights must be finite and > 0"
        ),
        (.unreadableFile(path: "g.json", reason: "gone"), "Cannot read 'g.json': gone"),
        (.unwritableFile(path: "g.json", reason: "full"), "Cannot write 'g.json': full"),
        (.malformedGraphFile(path: "g.json", reason: "bad"), "'g.json' is not a valid RelGraph graph file: bad"),
        (
            .unsupportedVersion(path: "g.json", version: 3, supported: 1),
            "'g.json' has format version 3; this RelGraph reads versions up to 1"
        ),
        (
            .unknownGraphFormat(path: "g.xls"),
            "Cannot tell the graph format of 'g.xls'; expected a .relgraph.json, .json, .tsv, .csv or .txt edge list"
        ),
    ])
    func messages(_ error: GraphError, _ message: String) {
        #expect(error.description == message)
    }
}
