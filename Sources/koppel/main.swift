import Foundation
import Koppel
import KoppelCommands

KoppelSettings.current = .fromEnvironment()
InputFile.reserveStandardStreams()
let arguments = CLILanguage.prepare(Array(CommandLine.arguments.dropFirst()))
KoppelCLI.main(arguments)
