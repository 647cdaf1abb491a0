public enum Koppel {}
