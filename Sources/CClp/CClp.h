// The C interface of COIN-OR CLP, the simplex LP solver (Debian: coinor-libclp-dev), used by
// koppel's exact exchange search for sparse LP bounds. pkg-config `clp` adds -I…/coin.
#include <Clp_C_Interface.h>
