import KoppelCommands

KoppelCLI.main()
