
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's198f568b08f491bc': `Deine Bewegungen, gesehen und begleitet – nur auf diesem Gerät.`,
    };
  