import Foundation
import Koppel
import KoppelCommands

InputFile.reserveStandardStreams()
let arguments = CLILanguage.prepare(Array(CommandLine.arguments.dropFirst()))
KoppelCLI.main(arguments)
