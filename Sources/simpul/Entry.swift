import SimpulCommands

/// The `simpul` executable: everything lives in SimpulCommands, which the tests use too.
@main
enum Entry {
    static func main() async {
        await SimpulCommand.main()
    }
}
