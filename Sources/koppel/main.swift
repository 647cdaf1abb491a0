import KoppelCommands

await KoppelCLI.main()
