
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's198f568b08f491bc': `Deine Bewegungen, gesehen und begleitet – nur auf diesem Gerät.`,
'scd8c1ab09313a3e0': `Für diese Übung wird das Modell „Full“ verwendet: Es erkennt einen liegenden Körper besser`,
    };
  